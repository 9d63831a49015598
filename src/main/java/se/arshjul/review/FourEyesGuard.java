package se.arshjul.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four-eyes: the person who submitted a section may neither be assigned nor complete its review.
 * Enforced in the engine, so it also holds in Camunda Tasklist and over REST.
 */
@Component("fourEyesGuard")
public class FourEyesGuard implements TaskListener {

    static final String MESSAGE = "review.fourEyes";

    @Override
    public void notify(DelegateTask task) {
        Object submittedBy = task.getVariable(SubmissionRecorder.SUBMITTED_BY);
        if (submittedBy == null) {
            return;
        }
        String person = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())
                ? task.getAssignee()
                : SubmissionRecorder.actingUser(task);
        if (submittedBy.equals(person)) {
            throw new TaskRuleViolation(null, MESSAGE);
        }
    }
}
