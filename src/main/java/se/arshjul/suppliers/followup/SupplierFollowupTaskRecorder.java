package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.suppliers.registry.SupplierEnums.Assessment;
import se.arshjul.suppliers.registry.SupplierEnums.ChecklistArea;
import se.arshjul.suppliers.registry.SupplierEnums.LeaveReason;
import se.arshjul.suppliers.registry.SupplierEnums.Result;
import se.arshjul.suppliers.registry.SupplierEnums;

/**
 * Complete listener of the follow-up's user tasks: checks the business rules the form cannot
 * express, writes the outcome to the domain tables (same transaction as the engine, so a refusal
 * saves nothing), sets the routing flags and drops free text from the process variables.
 */
@Component("supplierFollowupRecorder")
public class SupplierFollowupTaskRecorder implements TaskListener {

    static final String APPROVED = "godkand";
    static final String NOT_APPROVED = "ej_godkand";
    static final String FIXED = "atgardat";
    static final String NOT_FIXED = "ej_atgardat";
    static final String SANCTION = "sanktion";
    static final String TERMINATION = "uppsagning";

    private final SupplierFollowupService service;

    public SupplierFollowupTaskRecorder(SupplierFollowupService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        long followupId = ((Number) task.getVariable("followupId")).longValue();
        String actor = actingUser(task);
        switch (task.getTaskDefinitionKey()) {
            case "Task_RegisterDocumentation" -> {
                String docs = text(task, "receivedDocuments", "Beskriv vilka handlingar som kommit in.");
                service.documentationReceived(followupId, docs, actor);
                task.getExecution().removeVariable("receivedDocuments");
            }
            case "Task_ReviewChecklist" -> review(task, followupId, actor);
            case "Task_RegisterActionPlan" -> {
                String plan = text(task, "actionPlan", "Beskriv utförarens åtgärdsplan.");
                LocalDate recheck = futureDate(task, "recheckDate", "Ange när åtgärderna ska vara genomförda och kontrolleras.");
                service.actionPlanReceived(followupId, plan, recheck, actor);
                task.setVariable("recheckDueDate", SupplierFollowupService.deadline(recheck));
                task.getExecution().removeVariable("actionPlan");
            }
            case "Task_Recheck", "Task_RecheckAfterWarning" -> {
                Object outcome = task.getVariable("recheckOutcome");
                if (!FIXED.equals(outcome) && !NOT_FIXED.equals(outcome)) {
                    throw new TaskRuleViolation("recheckOutcome", "Ange om bristerna är åtgärdade.");
                }
                String comment = text(task, "recheckComment", "Beskriv vad återkontrollen visade.");
                boolean fixed = FIXED.equals(outcome);
                service.rechecked(followupId, fixed, comment, actor);
                task.setVariable("fixed", fixed);
                task.setVariable("recheckedBy", actor);
                task.setVariable("decisionDueDate", SupplierFollowupService.deadline(SupplierFollowupService.today().plusDays(SupplierFollowupService.DECISION_DAYS)));
                task.getExecution().removeVariable("recheckComment");
            }
            case "Task_IssueWarning" -> {
                String warning = text(task, "warningText", "Skriv varningen till utföraren.");
                LocalDate fixBy = futureDate(task, "warningDeadline", "Ange sista dag för att åtgärda bristerna.");
                service.warned(followupId, warning, fixBy, actor);
                task.setVariable("recheckDueDate", SupplierFollowupService.deadline(fixBy));
                task.setVariable("warnedBy", actor);
                task.getExecution().removeVariable("warningText");
            }
            case "Task_DecideSanction" -> decide(task, followupId, actor);
            default -> throw new IllegalStateException("Okänd uppgift " + task.getTaskDefinitionKey());
        }
    }

    private void review(DelegateTask task, long followupId, String actor) {
        Map<ChecklistArea, Assessment> checklist = new EnumMap<>(ChecklistArea.class);
        for (ChecklistArea area : ChecklistArea.values()) {
            Assessment a = task.getVariable(area.formKey()) instanceof String s ? SupplierEnums.parse(Assessment.class, s.toUpperCase()) : null;
            if (a == null) {
                throw new TaskRuleViolation(area.formKey(), "Bedöm \"" + area.label() + "\".");
            }
            checklist.put(area, a);
        }
        Object decision = task.getVariable("result");
        if (!APPROVED.equals(decision) && !NOT_APPROVED.equals(decision)) {
            throw new TaskRuleViolation("result", "Välj om utföraren är godkänd eller ej godkänd.");
        }
        boolean approved = APPROVED.equals(decision);
        String findingsText = task.getVariable("findings") instanceof String s && !s.isBlank() ? s.strip() : null;
        LocalDate actionPlanDue = null;
        if (!approved) {
            if (!checklist.containsValue(Assessment.BRIST)) {
                throw new TaskRuleViolation("result", "Ej godkänd kräver att minst ett område i checklistan bedömts som brist.");
            }
            if (findingsText == null) {
                throw new TaskRuleViolation("findings", "Beskriv bristerna: de ligger till grund för utförarens åtgärdsplan.");
            }
            actionPlanDue = futureDate(task, "actionPlanDueDate", "Ange sista dag för utförarens åtgärdsplan.");
            task.setVariable("actionPlanDueDate", SupplierFollowupService.deadline(actionPlanDue));
        }
        service.reviewed(followupId, checklist, findingsText, approved ? Result.GODKAND : Result.EJ_GODKAND, actionPlanDue, actor);
        task.setVariable("approved", approved);
        task.setVariable("reviewedBy", actor);
        task.getExecution().removeVariable("findings");
    }

    private void decide(DelegateTask task, long followupId, String actor) {
        Object decision = task.getVariable("sanctionDecision");
        if (!SANCTION.equals(decision) && !TERMINATION.equals(decision)) {
            throw new TaskRuleViolation("sanctionDecision", "Välj sanktion eller uppsägning av avtalet.");
        }
        String motivation = text(task, "decisionText", "Motivera beslutet.");
        if (TERMINATION.equals(decision)) {
            LeaveReason reason = task.getVariable("leaveReason") instanceof String s ? SupplierEnums.parse(LeaveReason.class, s) : null;
            if (reason == null || !reason.byMunicipality()) {
                throw new TaskRuleViolation("leaveReason", "Välj skäl för uppsägningen.");
            }
        } else {
            service.sanctioned(followupId, motivation, actor);
        }
        task.setVariable("decidedBy", actor);
        task.getExecution().removeVariable("decisionText");
    }

    private static String text(DelegateTask task, String key, String missing) {
        if (task.getVariable(key) instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        throw new TaskRuleViolation(key, missing);
    }

    /** A date field (yyyy-mm-dd from the form, or a Date over the API) that is today or later. */
    private static LocalDate futureDate(DelegateTask task, String key, String missing) {
        Object value = task.getVariable(key);
        LocalDate day;
        try {
            day = value instanceof java.util.Date d ? SupplierFollowupService.day(d)
                    : value instanceof String s && !s.isBlank() ? LocalDate.parse(s.strip()) : null;
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            throw new TaskRuleViolation(key, missing);
        }
        if (day.isBefore(SupplierFollowupService.today())) {
            throw new TaskRuleViolation(key, "Datumet har redan passerat.");
        }
        return day;
    }

    static String actingUser(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return task.getAssignee();
    }
}
