package se.arshjul.planning;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.arshjul.cycle.DocumentType;

/** Starts the Verksamhetsplan process: a new year's plan copied from last year, or a correction revision. */
@Service
public class PlanWorkflow {
    public static final String PROCESS_KEY = "Verksamhetsplan";
    /** The sections förvaltningsledningen may send back, for the approval form's select ({@code valuesKey}). */
    public static final String SECTION_OPTIONS = "sendBackSectionOptions";

    private final PlanDocumentRepository plans;
    private final PlanCopier copier;
    private final PlanReader reader;
    private final RuntimeService runtimeService;
    private final ObjectMapper json;

    PlanWorkflow(PlanDocumentRepository plans, PlanCopier copier, PlanReader reader, RuntimeService runtimeService, ObjectMapper json) {
        this.json = json;
        this.plans = plans;
        this.copier = copier;
        this.reader = reader;
        this.runtimeService = runtimeService;
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
        List<Map<String, String>> options = sections.stream()
                .map(s -> Map.of("label", s.title(), "value", s.sectionKey())).toList();
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(plan), Map.of(
                "planId", plan.id(),
                "year", plan.planYear(),
                "title", plan.title(),
                // the approval and decision task pages link here, to the compiled plan
                "contextUrl", "/verksamhetsplan/" + plan.id(),
                "sectionsToReview", sectionKeys,
                // a JSON list of {label, value}: the engine has no JSON data format for lists
                SECTION_OPTIONS, toJson(options)));
        return plan;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** VP-2023; a correction carries its revision (VP-2022-R2) so both can be told apart in the task list. */
    public static String businessKey(PlanDocument plan) {
        return plan.caseKey().value() + (plan.revision() > 1 ? "-R" + plan.revision() : "");
    }
}
