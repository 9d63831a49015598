package se.arshjul.planning;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.review.SendBackDecision;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.web.PageMessages;

/** Starts the Verksamhetsplan process: a new year's plan copied from last year, or a correction revision. */
@Service
public class PlanWorkflow {
    public static final String PROCESS_KEY = "Verksamhetsplan";

    private final PlanDocumentRepository plans;
    private final PlanCopier copier;
    private final PlanReader reader;
    private final RuntimeService runtimeService;
    private final PlanJsonImport importer;
    private final PlanSchedule schedule;
    private final PageMessages texts;

    PlanWorkflow(PlanDocumentRepository plans, PlanCopier copier, PlanReader reader, RuntimeService runtimeService,
                 PlanJsonImport importer, PlanSchedule schedule, PageMessages texts) {
        this.schedule = schedule;
        this.texts = texts;
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
    public PlanDocument importDecided(InputStream json, int expectedYear) throws IOException {
        if (reader.all().stream().anyMatch(p -> p.docType() == DocumentType.VP && p.planYear() == expectedYear
                && p.status() == PlanStatus.BESLUTAD)) {
            throw new ActionRefusedException("plan.refused.decidedExists", String.valueOf(expectedYear));
        }
        PlanDocument plan = importer.importDecided(json, schedule.today());
        if (plan.planYear() != expectedYear) {
            throw new IllegalArgumentException("The plan is for " + plan.planYear() + ", not " + expectedYear);
        }
        return plan;
    }

    @Transactional
    public PlanDocument startYear(int year) {
        if (plans.findFirstByDocTypeAndPlanYearOrderByRevisionDesc(DocumentType.VP, year).isPresent()) {
            throw new ActionRefusedException("plan.refused.exists", String.valueOf(year));
        }
        PlanDocument previous = plans.findFirstByDocTypeAndPlanYearOrderByRevisionDesc(DocumentType.VP, year - 1)
                .orElseThrow(() -> new ActionRefusedException("plan.refused.noPrevious", String.valueOf(year - 1)));
        return start(copier.copyToYear(previous.id(), year, schedule.today()));
    }

    /** A decided plan stays as decided; the correction is a new revision that goes through the same process. */
    @Transactional
    public PlanDocument startCorrection(long decidedPlanId) {
        PlanDocument decided = reader.plan(decidedPlanId);
        if (!decided.isLocked()) {
            throw new ActionRefusedException("plan.refused.notDecided");
        }
        PlanDocument latest = plans.findFirstByDocTypeAndPlanYearOrderByRevisionDesc(decided.docType(), decided.planYear()).orElseThrow();
        if (!latest.id().equals(decided.id())) {
            throw new ActionRefusedException("plan.refused.newerRevision", latest.revision());
        }
        return start(copier.correctionOf(decidedPlanId, schedule.today()));
    }

    private PlanDocument start(PlanDocument draft) {
        PlanDocument plan = plans.save(draft.withStatus(PlanStatus.UNDER_GRANSKNING));
        List<PlanSection> sections = reader.sections(plan.id());
        String sectionKeys = sections.stream().map(PlanSection::sectionKey).collect(Collectors.joining(","));
        Map<String, String> titles = new LinkedHashMap<>();
        sections.forEach(s -> titles.put(s.sectionKey(), s.title()));
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(plan), Map.of(
                "planId", plan.id(),
                "year", plan.planYear(),
                "title", plan.title(),
                // the approval and decision task pages link here, to the compiled plan
                "contextUrl", "/verksamhetsplan/" + plan.id(),
                "contextLabel", texts.message("plan.contextLabel"),
                "sectionsToReview", sectionKeys,
                SendBackDecision.OPTIONS, SendBackDecision.options(titles)));
        return plan;
    }

    /** VP-2023; a correction carries its revision (VP-2022-R2) so both can be told apart in the task list. */
    public static String businessKey(PlanDocument plan) {
        return plan.caseKey().value() + (plan.revision() > 1 ? "-R" + plan.revision() : "");
    }
}
