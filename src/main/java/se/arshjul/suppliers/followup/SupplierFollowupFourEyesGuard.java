package se.arshjul.suppliers.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.web.PageMessages;

/**
 * Four-eyes on warnings and sanctions: the manager who decides may not be the person who reviewed
 * the provider or made the re-check. Enforced in the engine (claim and complete), so it also holds
 * in Camunda Tasklist and over REST. Bean name {@code supplierFourEyesGuard} is used by the model.
 */
@Component("supplierFourEyesGuard")
public class SupplierFollowupFourEyesGuard implements TaskListener {

    private final PageMessages labels;

    SupplierFollowupFourEyesGuard(PageMessages labels) {
        this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
        String person = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : SupplierFollowupTaskRecorder.actingUser(task);
        if (person == null) {
            return;
        }
        if (person.equals(task.getVariable("reviewedBy")) || person.equals(task.getVariable("recheckedBy"))) {
            throw new TaskRuleViolation(null, labels.message("supplier.task.fourEyes"));
        }
    }
}
