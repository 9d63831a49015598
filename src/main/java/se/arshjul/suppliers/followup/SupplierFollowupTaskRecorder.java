package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.suppliers.registry.EnumValues;
import se.arshjul.suppliers.registry.LeaveReason;
import se.arshjul.web.PageMessages;

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

    private final SupplierFollowupSteps service;
    private final SupplierFollowupDeadlines deadlines;
    private final PageMessages labels;

    SupplierFollowupTaskRecorder(SupplierFollowupSteps service, SupplierFollowupDeadlines deadlines, PageMessages labels) {
        this.service = service;
        this.deadlines = deadlines;
        this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
        long followupId = ((Number) task.getVariable("followupId")).longValue();
        String actor = actingUser(task);
        switch (task.getTaskDefinitionKey()) {
            case "Task_RegisterDocumentation" -> {
                String docs = text(task, "receivedDocuments", "supplier.task.receivedDocuments");
                service.documentationReceived(followupId, docs, actor);
                task.getExecution().removeVariable("receivedDocuments");
            }
            case "Task_ReviewChecklist" -> review(task, followupId, actor);
            case "Task_RegisterActionPlan" -> {
                String plan = text(task, "actionPlan", "supplier.task.actionPlan");
                LocalDate recheck = futureDate(task, "recheckDate", "supplier.task.recheckDate");
                service.actionPlanReceived(followupId, plan, recheck, actor);
                task.setVariable("recheckDueDate", deadlines.deadline(recheck));
                task.getExecution().removeVariable("actionPlan");
            }
            case "Task_Recheck", "Task_RecheckAfterWarning" -> recheck(task, followupId, actor);
            case "Task_IssueWarning" -> {
                String warning = text(task, "warningText", "supplier.task.warningText");
                LocalDate fixBy = futureDate(task, "warningDeadline", "supplier.task.warningDeadline");
                service.warned(followupId, warning, fixBy, actor);
                task.setVariable("recheckDueDate", deadlines.deadline(fixBy));
                task.setVariable("warnedBy", actor);
                task.getExecution().removeVariable("warningText");
            }
            case "Task_DecideSanction" -> decide(task, followupId, actor);
            default -> throw new IllegalStateException("Unknown task " + task.getTaskDefinitionKey());
        }
    }

    private void recheck(DelegateTask task, long followupId, String actor) {
        Object outcome = task.getVariable("recheckOutcome");
        if (!FIXED.equals(outcome) && !NOT_FIXED.equals(outcome)) {
            throw violation("recheckOutcome", "supplier.task.recheckOutcome");
        }
        String comment = text(task, "recheckComment", "supplier.task.recheckComment");
        boolean fixed = FIXED.equals(outcome);
        service.rechecked(followupId, fixed, comment, actor);
        task.setVariable("fixed", fixed);
        task.setVariable("recheckedBy", actor);
        task.setVariable("decisionDueDate", deadlines.deadline(deadlines.decisionDue()));
        task.getExecution().removeVariable("recheckComment");
    }

    private void review(DelegateTask task, long followupId, String actor) {
        Map<ChecklistArea, Assessment> checklist = new EnumMap<>(ChecklistArea.class);
        for (ChecklistArea area : ChecklistArea.values()) {
            Assessment a = task.getVariable(area.formKey()) instanceof String s ? EnumValues.parse(Assessment.class, s.toUpperCase()) : null;
            if (a == null) {
                throw violation(area.formKey(), "supplier.task.assess", labels.message("supplier.area." + area.name()));
            }
            checklist.put(area, a);
        }
        Object decision = task.getVariable("result");
        if (!APPROVED.equals(decision) && !NOT_APPROVED.equals(decision)) {
            throw violation("result", "supplier.task.result");
        }
        boolean approved = APPROVED.equals(decision);
        String findingsText = task.getVariable("findings") instanceof String s && !s.isBlank() ? s.strip() : null;
        LocalDate actionPlanDue = null;
        if (!approved) {
            if (!checklist.containsValue(Assessment.BRIST)) {
                throw violation("result", "supplier.task.notApprovedNeedsDeficiency");
            }
            if (findingsText == null) {
                throw violation("findings", "supplier.task.findings");
            }
            actionPlanDue = futureDate(task, "actionPlanDueDate", "supplier.task.actionPlanDueDate");
            task.setVariable("actionPlanDueDate", deadlines.deadline(actionPlanDue));
        }
        service.reviewed(followupId, checklist, findingsText, approved ? SupplierFollowupResult.GODKAND : SupplierFollowupResult.EJ_GODKAND, actionPlanDue, actor);
        task.setVariable("approved", approved);
        task.setVariable("reviewedBy", actor);
        task.getExecution().removeVariable("findings");
    }

    private void decide(DelegateTask task, long followupId, String actor) {
        Object decision = task.getVariable("sanctionDecision");
        if (!SANCTION.equals(decision) && !TERMINATION.equals(decision)) {
            throw violation("sanctionDecision", "supplier.task.sanctionDecision");
        }
        String motivation = text(task, "decisionText", "supplier.task.decisionText");
        if (TERMINATION.equals(decision)) {
            LeaveReason reason = task.getVariable("leaveReason") instanceof String s ? EnumValues.parse(LeaveReason.class, s) : null;
            if (reason == null || !reason.byMunicipality()) {
                throw violation("leaveReason", "supplier.task.leaveReason");
            }
        } else {
            service.sanctioned(followupId, motivation, actor);
        }
        task.setVariable("decidedBy", actor);
        task.getExecution().removeVariable("decisionText");
    }

    private String text(DelegateTask task, String key, String missing) {
        if (task.getVariable(key) instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        throw violation(key, missing);
    }

    /** A date field (yyyy-mm-dd from the form, or a Date over the API) that is today or later. */
    private LocalDate futureDate(DelegateTask task, String key, String missing) {
        Object value = task.getVariable(key);
        LocalDate day;
        try {
            day = value instanceof Date d ? deadlines.day(d)
                    : value instanceof String s && !s.isBlank() ? LocalDate.parse(s.strip()) : null;
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            throw violation(key, missing);
        }
        if (day.isBefore(deadlines.today())) {
            throw violation(key, "supplier.task.datePassed");
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

    private TaskRuleViolation violation(String field, String key, Object... args) {
        return new TaskRuleViolation(field, labels.message(key, args));
    }
}
