package se.arshjul.suppliers.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;

/**
 * Four-eyes on warnings and sanctions: the manager who decides may not be the person who reviewed
 * the provider or made the re-check. Enforced in the engine (claim and complete), so it also holds
 * in Camunda Tasklist and over REST.
 */
@Component("supplierFourEyesGuard")
public class SupplierFollowupFourEyesGuard implements TaskListener {

    static final String MESSAGE = "Fyra ögon: du granskade utföraren och kan därför inte besluta om varning, sanktion eller uppsägning. En annan chef behöver ta uppgiften.";

    @Override
    public void notify(DelegateTask task) {
        String person = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : SupplierFollowupTaskRecorder.actingUser(task);
        if (person == null) {
            return;
        }
        if (person.equals(task.getVariable("reviewedBy")) || person.equals(task.getVariable("recheckedBy"))) {
            throw new TaskRuleViolation(null, MESSAGE);
        }
    }
}
