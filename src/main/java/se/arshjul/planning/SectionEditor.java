package se.arshjul.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.web.StaleEditException;

/**
 * Saves what people write in a section, all or nothing: access and plan lock are checked on the
 * server, every field is validated before anything is written, and a stale version is refused.
 */
@Service
public class SectionEditor {
    private final PlanReader reader;
    private final SectionAccess access;
    private final NamndmalRepository namndmal;
    private final IndicatorRepository indicators;
    private final BudgetTableRepository budgets;
    private final PlanSectionRepository sections;
    private final StatisticsTableRepository statistics;

    SectionEditor(PlanReader reader, SectionAccess access, NamndmalRepository namndmal, IndicatorRepository indicators,
                  BudgetTableRepository budgets, PlanSectionRepository sections, StatisticsTableRepository statistics) {
        this.statistics = statistics;
        this.reader = reader;
        this.access = access;
        this.namndmal = namndmal;
        this.indicators = indicators;
        this.budgets = budgets;
        this.sections = sections;
    }

    /** @throws SectionFormException for invalid fields, PlanRuleException when locked, StaleEditException when stale. */
    @Transactional
    public void save(long planId, String sectionKey, Map<String, String> params, CurrentUser user) {
        PlanDocument plan = reader.plan(planId);
        PlanSection section = reader.section(planId, sectionKey);
        access.requireEditor(section, user);
        editRefusal(plan, section).ifPresent(reason -> {
            throw new PlanRuleException(reason);
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
    public static Optional<String> editRefusal(PlanDocument plan, PlanSection section) {
        if (plan.isLocked()) {
            return Optional.of(plan.title() + " är beslutad av nämnden och låst. Ändringar görs i en korrigeringsversion.");
        }
        if (!plan.status().isEditable()) {
            return Optional.of(plan.title() + " är godkänd av förvaltningsledningen och väntar på nämndens beslut. Den kan inte ändras nu.");
        }
        if (section.status() == SectionStatus.GODKAND) {
            return Optional.of("Avsnittet är godkänt och kan inte ändras. Förvaltningsledningen kan skicka tillbaka det om något behöver rättas.");
        }
        return Optional.empty();
    }

    private void saveNamndmal(PlanDocument plan, PlanSection section, Map<String, String> params) {
        Namndmal goal = reader.namndmal(section.namndmalId());
        List<Integer> years = plan.outcomeYears();
        NamndmalForm.Parsed parsed = NamndmalForm.from(params, years).parse(goal.id(), years);
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
        FormErrors errors = new FormErrors();
        String body = errors.text("body", params.get("body"), FormErrors.MAX_TEXT);
        Long version = errors.version(params.get("version"));
        // the uppföljning section also holds the verksamhetsstatistik tables
        List<StatisticsTable> tables = section.kind() == SectionKind.UPPFOLJNING
                ? StatisticsForm.parse(statistics.findByPlanIdOrderBySortOrder(section.planId()), params, errors) : List.of();
        errors.throwIfAny();
        sections.save(section.withBody(body, version));
        statistics.saveAll(tables);
    }
}
