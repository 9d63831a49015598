package se.arshjul.planning;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.web.NotFoundException;

/** Reads plans and assembles their content; the one place other features ask about plans. */
@Service
@Transactional(readOnly = true)
public class PlanReader {
    private final PlanDocumentRepository plans;
    private final MalomradeRepository malomraden;
    private final KfMalRepository kfMal;
    private final NamndmalRepository namndmal;
    private final IndicatorRepository indicators;
    private final BudgetTableRepository budgets;
    private final PlanSectionRepository sections;
    private final StatisticsTableRepository statistics;

    PlanReader(PlanDocumentRepository plans, MalomradeRepository malomraden, KfMalRepository kfMal,
               NamndmalRepository namndmal, IndicatorRepository indicators, BudgetTableRepository budgets,
               PlanSectionRepository sections, StatisticsTableRepository statistics) {
        this.statistics = statistics;
        this.plans = plans;
        this.malomraden = malomraden;
        this.kfMal = kfMal;
        this.namndmal = namndmal;
        this.indicators = indicators;
        this.budgets = budgets;
        this.sections = sections;
    }

    public List<PlanDocument> all() {
        return plans.findAllByOrderByPlanYearDescRevisionDesc();
    }

    public PlanDocument plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("plan.notFound"));
    }

    public PlanSection section(long planId, String sectionKey) {
        return sections.findByPlanIdAndSectionKey(planId, sectionKey)
                .orElseThrow(() -> new NotFoundException("plan.section.notFound"));
    }

    public List<PlanSection> sections(long planId) {
        return sections.findByPlanIdOrderBySortOrder(planId);
    }

    public Namndmal namndmal(long namndmalId) {
        return namndmal.findById(namndmalId).orElseThrow(() -> new NotFoundException("plan.namndmal.notFound"));
    }

    public List<Indicator> indicators(long namndmalId) {
        return indicators.findByNamndmalIdOrderBySortOrder(namndmalId);
    }

    public PlanContent content(long planId) {
        PlanDocument plan = plan(planId);
        List<Namndmal> goals = namndmal.findByPlanIdOrderBySortOrder(planId);
        List<PlanContent.GoalArea> areas = malomraden.findByPlanIdOrderBySortOrder(planId).stream()
                .map(area -> new PlanContent.GoalArea(area, kfMal.findByMalomradeIdOrderBySortOrder(area.id()).stream()
                        .map(kf -> new PlanContent.CouncilGoal(kf, goals.stream()
                                .filter(n -> n.kfMalId().equals(kf.id()))
                                .map(n -> new PlanContent.BoardGoal(n, indicators(n.id()))).toList()))
                        .toList()))
                .toList();
        List<BudgetTable> tables = budgets.findByPlanId(planId).stream()
                .sorted(Comparator.comparing(BudgetTable::kind)).toList();
        return new PlanContent(plan, areas, tables, sections(planId), statistics.findByPlanIdOrderBySortOrder(planId));
    }
}
