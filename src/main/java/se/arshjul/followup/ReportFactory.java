package se.arshjul.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.arshjul.cycle.CycleCalendar;
import se.arshjul.cycle.DocumentType;
import se.arshjul.planning.BudgetRow;
import se.arshjul.planning.BudgetTable;
import se.arshjul.planning.BudgetTableKind;
import se.arshjul.planning.Indicator;
import se.arshjul.planning.IndicatorValue;
import se.arshjul.planning.PlanContent;
import se.arshjul.planning.PlanDocument;
import se.arshjul.planning.PlanReader;
import se.arshjul.planning.PlanStatus;
import se.arshjul.security.Groups;

/**
 * Creates a report from the decided plan of its year: one goal section per nämndmål for its unit, with
 * the plan's indicators (etappmål, last year's utfall) and the board's uppdrag, and an economy section for Ekonomi with the
 * resultaträkning's budget rows, and a personnel section for HR. The plan itself is not changed.
 */
@Component
class ReportFactory {
    static final String ECONOMY_UNIT = "ekonomi";
    static final String PERSONNEL_UNIT = "hr";
    private static final Pattern SAME_LEVEL_YEAR = Pattern.compile("(?i)samma nivå som (\\d{4})");

    private final PlanReader planReader;
    private final FollowupReportRepository reports;
    private final ReportSectionRepository sections;

    ReportFactory(PlanReader planReader, FollowupReportRepository reports, ReportSectionRepository sections) {
        this.planReader = planReader;
        this.reports = reports;
        this.sections = sections;
    }

    PlanDocument decidedPlan(int year) {
        return planReader.all().stream()
                .filter(p -> p.docType() == DocumentType.VP && p.planYear() == year && p.status() == PlanStatus.BESLUTAD)
                .max(Comparator.comparingInt(PlanDocument::revision))
                .orElseThrow(() -> new ReportRuleException("Det finns ingen beslutad verksamhetsplan för " + year
                        + ". Uppföljningen kan starta när planen är beslutad."));
    }

    FollowupReport create(CycleCalendar calendar) {
        int year = calendar.cycleYear();
        DocumentType type = calendar.docType();
        if (reports.findByDocTypeAndReportYear(type, year).isPresent()) {
            throw new ReportRuleException(type.label() + " " + year + " har redan startats.");
        }
        PlanDocument plan = decidedPlan(year);
        FollowupReport report = reports.save(new FollowupReport(null, type, year, plan.id(), type.label() + " " + year,
                ReportStatus.UNDER_ARBETE, calendar.periodEnd(), null, null, null));
        PlanContent content = planReader.content(plan.id());
        List<ReportSection> created = new ArrayList<>();
        int order = 0;
        for (PlanContent.GoalArea area : content.goalAreas()) {
            for (PlanContent.CouncilGoal kf : area.kfMal()) {
                for (PlanContent.BoardGoal goal : kf.namndmal()) {
                    order++;
                    List<ReportIndicator> indicators = goal.indicators().stream().map(i -> snapshot(i, year)).toList();
                    created.add(ReportSection.goal(report.id(), "namndmal-" + order, order, goal.namndmal().title(),
                            goal.namndmal().id(), goal.namndmal().unitGroup(), indicators, uppdrag(goal)));
                }
            }
        }
        created.add(ReportSection.economy(report.id(), order + 1, ECONOMY_UNIT, economyLines(content)));
        created.add(ReportSection.personnel(report.id(), order + 2, PERSONNEL_UNIT));
        sections.saveAll(created);
        return report;
    }

    /** The board's uppdrag of the nämndmål, without status: the author follows each up in the section. */
    private static List<ReportUppdrag> uppdrag(PlanContent.BoardGoal goal) {
        if (goal.namndmal().uppdrag() == null) return List.of();
        return goal.namndmal().uppdrag().stream().map(u -> ReportUppdrag.fromPlan(u.body())).toList();
    }

    private static ReportIndicator snapshot(Indicator i, int year) {
        BigDecimal previous = i.valueFor(year - 1).map(IndicatorValue::outcome).orElse(null);
        Integer referenceYear = null;
        BigDecimal referenceValue = null;
        if (i.etappmalText() != null) {
            Matcher m = SAME_LEVEL_YEAR.matcher(i.etappmalText());
            if (m.find()) {
                referenceYear = Integer.parseInt(m.group(1));
                referenceValue = i.valueFor(referenceYear).map(IndicatorValue::outcome).orElse(null);
            }
        }
        return new ReportIndicator(i.name(), i.unit(), i.direction(), i.etappmalValue(), i.etappmalText(), i.malvardeValue(),
                previous, referenceYear, referenceValue, null);
    }

    /** The resultaträkning's input rows with the plan's budget for the year; costs stored negative in the plan. */
    private static List<EconomyLine> economyLines(PlanContent content) {
        BudgetTable table = content.budget(BudgetTableKind.RESULTATRAKNING);
        if (table == null) return List.of();
        List<EconomyLine> lines = new ArrayList<>();
        for (BudgetRow row : table.rows()) {
            if (row.isSum()) continue;
            BigDecimal budget = row.amount3();
            EconomyLine.LineKind kind = budget != null && budget.signum() < 0 ? EconomyLine.LineKind.KOSTNAD : EconomyLine.LineKind.INTAKT;
            lines.add(new EconomyLine(row.name(), kind, budget == null ? null : budget.abs(), null, null, null));
        }
        return lines;
    }

    static String reviewerGroup(ReportSection section) {
        return Groups.managersOf(section.unitGroup());
    }
}
