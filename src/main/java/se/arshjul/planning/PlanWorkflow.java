package se.arshjul.planning;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.review.SendBackDecision;

/** Starts the Verksamhetsplan process: a new year's plan copied from last year, or a correction revision. */
@Service
public class PlanWorkflow {
    public static final String PROCESS_KEY = "Verksamhetsplan";

    private final PlanDocumentRepository plans;
    private final PlanCopier copier;
    private final PlanReader reader;
    private final RuntimeService runtimeService;
    private final PlanJsonImport importer;

    PlanWorkflow(PlanDocumentRepository plans, PlanCopier copier, PlanReader reader, RuntimeService runtimeService,
                 PlanJsonImport importer) {
        this.plans = plans;
        this.copier = copier;
        this.reader = reader;
        this.runtimeService = runtimeService;
        this.importer = importer;
    }

    /**
     * Imports a plan extracted from a printed document (the schema of demo/vp-2022.json) as decided, without a
     * process; for demo data of other features. Refused when the year already has a decided plan.
     */
    @Transactional
    public PlanDocument importDecided(java.io.InputStream json, int expectedYear) throws java.io.IOException {
        if (reader.all().stream().anyMatch(p -> p.docType() == DocumentType.VP && p.planYear() == expectedYear
                && p.status() == PlanStatus.BESLUTAD)) {
            throw new PlanRuleException("Det finns redan en beslutad verksamhetsplan för " + expectedYear + ".");
        }
        PlanDocument plan = importer.importDecided(json, PlanSchedule.today());
        if (plan.planYear() != expectedYear) {
            throw new IllegalArgumentException("Planen gäller " + plan.planYear() + ", inte " + expectedYear);
        }
        return plan;
    }

    @Transactional
    public PlanDocument startYear(int year) {
        if (plans.findFirstByDocTypeAndPlanYearOrderByRevisionDesc(DocumentType.VP, year).isPresent()) {
            throw new PlanRuleException("Det finns redan en verksamhetsplan för " + year + ".");
        }
        PlanDocument previous = plans.findFirstByDocTypeAndPlanYearOrderByRevisionDesc(DocumentType.VP, year - 1)
                .orElseThrow(() -> new PlanRuleException("Det finns ingen verksamhetsplan för " + (year - 1) + " att utgå från."));
        return start(copier.copyToYear(previous.id(), year, PlanSchedule.today()));
    }

    /** A decided plan stays as decided; the correction is a new revision that goes through the same process. */
    @Transactional
    public PlanDocument startCorrection(long decidedPlanId) {
        PlanDocument decided = reader.plan(decidedPlanId);
        if (!decided.isLocked()) {
            throw new PlanRuleException("Bara en beslutad plan kan korrigeras. Den här planen kan redigeras direkt.");
        }
        PlanDocument latest = plans.findFirstByDocTypeAndPlanYearOrderByRevisionDesc(decided.docType(), decided.planYear()).orElseThrow();
        if (!latest.id().equals(decided.id())) {
            throw new PlanRuleException("Det finns redan en nyare version (" + latest.revision() + ") av planen.");
        }
        return start(copier.correctionOf(decidedPlanId, PlanSchedule.today()));
    }

    private PlanDocument start(PlanDocument draft) {
        PlanDocument plan = plans.save(draft.withStatus(PlanStatus.UNDER_GRANSKNING));
        List<PlanSection> sections = reader.sections(plan.id());
        String sectionKeys = sections.stream().map(PlanSection::sectionKey).collect(Collectors.joining(","));
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        sections.forEach(s -> titles.put(s.sectionKey(), s.title()));
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(plan), Map.of(
                "planId", plan.id(),
                "year", plan.planYear(),
                "title", plan.title(),
                // the approval and decision task pages link here, to the compiled plan
                "contextUrl", "/verksamhetsplan/" + plan.id(),
                "contextLabel", "Öppna verksamhetsplanen",
                "sectionsToReview", sectionKeys,
                SendBackDecision.OPTIONS, SendBackDecision.options(titles)));
        return plan;
    }

    /** VP-2023; a correction carries its revision (VP-2022-R2) so both can be told apart in the task list. */
    public static String businessKey(PlanDocument plan) {
        return plan.caseKey().value() + (plan.revision() > 1 ? "-R" + plan.revision() : "");
    }
}
