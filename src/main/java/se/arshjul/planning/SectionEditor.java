package se.arshjul.planning;

import se.arshjul.security.Units;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.FormReader;
import se.arshjul.web.StaleEditException;

/**
 * Saves what people write in a section, all or nothing: access and plan lock are checked on the
 * server, every field is validated before anything is written, and a stale version is refused.
 */
@Service
public class SectionEditor {
    /** The longest text of a section (description, arbete, a table's text). */
    static final int MAX_TEXT = 20_000;

    private final PlanReader reader;
    private final SectionAccess access;
    private final NamndmalRepository namndmal;
    private final IndicatorRepository indicators;
    private final BudgetTableRepository budgets;
    private final PlanSectionRepository sections;
    private final StatisticsTableRepository statistics;
    private final Units units;

    SectionEditor(PlanReader reader, SectionAccess access, NamndmalRepository namndmal, IndicatorRepository indicators,
                  BudgetTableRepository budgets, PlanSectionRepository sections, StatisticsTableRepository statistics, Units units) {
        this.units = units;
        this.statistics = statistics;
        this.reader = reader;
        this.access = access;
        this.namndmal = namndmal;
        this.indicators = indicators;
        this.budgets = budgets;
        this.sections = sections;
    }

    /**
     * @throws se.arshjul.validation.InvalidInputException for invalid fields, ActionRefusedException when
     *         the plan or section is locked, StaleEditException when someone else saved first
     */
    @Transactional
    public void save(long planId, String sectionKey, Map<String, String> params, CurrentUser user) {
        PlanDocument plan = reader.plan(planId);
        PlanSection section = reader.section(planId, sectionKey);
        access.requireEditor(section, user);
        editRefusal(plan, section).ifPresent(refusal -> {
            throw refusal;
        });
        try {
            switch (section.kind()) {
                case NAMNDMAL -> saveNamndmal(plan, section, params);
                case BUDGET -> saveBudget(plan, params);
                case INTERNKONTROLL, UPPFOLJNING -> saveText(section, params);
            }
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException(e);
        }
    }

    /** Why nobody may change the section now, if so: the plan is locked or waiting, or the section is approved. */
    public static Optional<ActionRefusedException> editRefusal(PlanDocument plan, PlanSection section) {
        if (plan.isLocked()) return Optional.of(new ActionRefusedException("plan.refused.locked", plan.title()));
        if (!plan.status().isEditable()) return Optional.of(new ActionRefusedException("plan.refused.awaitingDecision", plan.title()));
        if (section.status() == PlanSectionStatus.GODKAND) return Optional.of(new ActionRefusedException("plan.refused.sectionApproved"));
        return Optional.empty();
    }

    private void saveNamndmal(PlanDocument plan, PlanSection section, Map<String, String> params) {
        Namndmal goal = reader.namndmal(section.namndmalId());
        List<Integer> years = plan.outcomeYears();
        NamndmalForm.Parsed parsed = NamndmalForm.from(params, years).parse(goal.id(), years, units::exists);
        namndmal.save(goal.edited(parsed.description(), parsed.arbete(), parsed.uppdrag(), parsed.version())
                .withAktiviteter(parsed.aktiviteter()));
        // Rows may be added, removed and reordered: the submitted table replaces the stored one.
        indicators.deleteAll(reader.indicators(goal.id()));
        indicators.saveAll(parsed.indicators());
    }

    private void saveBudget(PlanDocument plan, Map<String, String> params) {
        List<BudgetTable> tables = new BudgetForm(params).parse(reader.content(plan.id()).budgetTables());
        budgets.saveAll(tables);
    }

    private void saveText(PlanSection section, Map<String, String> params) {
        FormReader form = new FormReader();
        String body = form.text("body", params.get("body"), MAX_TEXT);
        Long version = form.version(params.get("version"));
        // the uppföljning section also holds the verksamhetsstatistik tables
        List<StatisticsTable> tables = section.kind() == PlanSectionKind.UPPFOLJNING
                ? StatisticsForm.parse(statistics.findByPlanIdOrderBySortOrder(section.planId()), params, form) : List.of();
        form.throwIfAny();
        sections.save(section.withBody(body, version));
        statistics.saveAll(tables);
    }
}
