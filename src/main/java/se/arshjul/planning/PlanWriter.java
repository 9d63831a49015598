package se.arshjul.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.arshjul.web.PageMessages;

/**
 * Saves a new plan with its whole goal tree, budget tables and sections. Used by the import of a
 * decided plan and by the copy into a new year or revision; ids in the given tree are ignored.
 */
@Component
class PlanWriter {
    static final String BUDGET = "budget";
    static final String INTERNKONTROLL = "internkontroll";
    static final String UPPFOLJNING = "uppfoljning";
    static final String BUDGET_UNIT = "ekonomi";
    static final String STAFF_UNIT = "stab";

    private final PlanDocumentRepository plans;
    private final MalomradeRepository malomraden;
    private final KfMalRepository kfMal;
    private final NamndmalRepository namndmal;
    private final IndicatorRepository indicators;
    private final BudgetTableRepository budgets;
    private final PlanSectionRepository sections;
    private final StatisticsTableRepository statistics;
    private final PlanSchedule schedule;
    private final PageMessages texts;

    PlanWriter(PlanDocumentRepository plans, MalomradeRepository malomraden, KfMalRepository kfMal,
               NamndmalRepository namndmal, IndicatorRepository indicators, BudgetTableRepository budgets,
               PlanSectionRepository sections, StatisticsTableRepository statistics, PlanSchedule schedule,
               PageMessages texts) {
        this.statistics = statistics;
        this.schedule = schedule;
        this.texts = texts;
        this.plans = plans;
        this.malomraden = malomraden;
        this.kfMal = kfMal;
        this.namndmal = namndmal;
        this.indicators = indicators;
        this.budgets = budgets;
        this.sections = sections;
    }

    /**
     * {@code sectionBodies} carries the texts of the internkontroll and uppföljning sections by key;
     * {@code statisticsTables} are the verksamhetsstatistik tables (their ids and plan ids are ignored).
     */
    PlanDocument create(PlanDocument document, List<PlanContent.GoalArea> areas, List<BudgetTable> tables,
                        List<StatisticsTable> statisticsTables, Map<String, String> sectionBodies, LocalDate today) {
        PlanDocument plan = plans.save(document);
        LocalDate deadline = schedule.sectionDeadline(plan.planYear(), today);
        List<PlanSection> newSections = new ArrayList<>();
        int number = 0; // document order: the nämndmål first, then budget, internkontroll, uppföljning
        for (PlanContent.GoalArea area : areas) {
            Malomrade savedArea = malomraden.save(new Malomrade(null, plan.id(), area.malomrade().sortOrder(), area.malomrade().name()));
            for (PlanContent.CouncilGoal council : area.kfMal()) {
                KfMal savedKf = kfMal.save(new KfMal(null, savedArea.id(), council.kfMal().sortOrder(), council.kfMal().name()));
                for (PlanContent.BoardGoal board : council.namndmal()) {
                    Namndmal n = board.namndmal();
                    Namndmal saved = namndmal.save(new Namndmal(null, plan.id(), savedKf.id(), ++number, n.title(),
                            n.description(), n.arbete(), n.unitGroup(), null, new ArrayList<>(n.uppdrag()),
                            n.aktiviteter() == null ? List.of() : new ArrayList<>(n.aktiviteter())));
                    indicators.saveAll(board.indicators().stream().map(i -> i.copyTo(saved.id())).toList());
                    newSections.add(new PlanSection(null, plan.id(), "namndmal-" + number, PlanSectionKind.NAMNDMAL,
                            number, texts.message("plan.section.title.namndmal", number, n.title()), saved.id(), n.unitGroup(),
                            PlanSectionStatus.EJ_PABORJAD, deadline, null, null));
                }
            }
        }
        tables.forEach(t -> budgets.save(t.copyTo(plan.id(), t.rows())));
        statisticsTables.forEach(t -> statistics.save(t.copyTo(plan.id())));
        newSections.add(fixedSection(plan, ++number, BUDGET, PlanSectionKind.BUDGET, BUDGET_UNIT, deadline, sectionBodies));
        newSections.add(fixedSection(plan, ++number, INTERNKONTROLL, PlanSectionKind.INTERNKONTROLL, STAFF_UNIT, deadline, sectionBodies));
        newSections.add(fixedSection(plan, ++number, UPPFOLJNING, PlanSectionKind.UPPFOLJNING, STAFF_UNIT, deadline, sectionBodies));
        sections.saveAll(newSections);
        return plan;
    }

    /** Budget, internkontroll and uppföljning: titled from the bundle ({@code plan.section.title.*}). */
    private PlanSection fixedSection(PlanDocument plan, int sortOrder, String key, PlanSectionKind kind, String unit,
                                     LocalDate deadline, Map<String, String> bodies) {
        return new PlanSection(null, plan.id(), key, kind, sortOrder, texts.message("plan.section.title." + key), null, unit,
                PlanSectionStatus.EJ_PABORJAD, deadline, bodies.get(key), null);
    }
}
