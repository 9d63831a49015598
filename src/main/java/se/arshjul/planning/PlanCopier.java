package se.arshjul.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Starts a plan from an earlier one: next year's draft (goals, indicators with their history,
 * budget rows and verksamhetsstatistik periods moved one year) or a correction revision of the same year.
 */
@Component
class PlanCopier {
    private final PlanReader reader;
    private final PlanWriter writer;

    PlanCopier(PlanReader reader, PlanWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    PlanDocument copyToYear(long sourcePlanId, int year, LocalDate today) {
        PlanContent source = reader.content(sourcePlanId);
        return copy(source, year, 1, PlanCopier::shiftOneYear, t -> t.nextYear(null), today);
    }

    PlanDocument correctionOf(long decidedPlanId, LocalDate today) {
        PlanContent source = reader.content(decidedPlanId);
        PlanDocument plan = source.plan();
        return copy(source, plan.planYear(), plan.revision() + 1, BudgetTable::rows, t -> t.copyTo(null), today);
    }

    private PlanDocument copy(PlanContent source, int year, int revision, Function<BudgetTable, List<BudgetRow>> rows,
                              Function<StatisticsTable, StatisticsTable> statistics, LocalDate today) {
        PlanDocument old = source.plan();
        PlanDocument draft = PlanDocument.draft(year, revision, old.board(), old.municipality(), old.malvardeYear(),
                List.copyOf(old.chapters()));
        List<BudgetTable> tables = source.budgetTables().stream().map(t -> t.copyTo(null, rows.apply(t))).toList();
        Map<String, String> bodies = source.sections().stream().filter(s -> s.body() != null)
                .collect(Collectors.toMap(PlanSection::sectionKey, PlanSection::body));
        List<StatisticsTable> statisticsTables = source.statisticsTables().stream().map(statistics).toList();
        return writer.create(draft, source.goalAreas(), tables, statisticsTables, bodies, today);
    }

    /** Bokslut N-2 is not known yet; last year's budget becomes "Budget N-1" and the start for "Budget N". */
    private static List<BudgetRow> shiftOneYear(BudgetTable table) {
        if (table.kind() != BudgetTableKind.RESULTATRAKNING && table.kind() != BudgetTableKind.DRIFTBUDGET) {
            return table.rows();
        }
        return table.rows().stream()
                .map(r -> r.withAmounts(r.label(), new BigDecimal[] {null, r.amount3(), r.amount3()}))
                .toList();
    }
}
