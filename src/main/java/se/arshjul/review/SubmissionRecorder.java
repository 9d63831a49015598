package se.arshjul.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Remembers who submitted a section, so the four-eyes rule can keep them from reviewing it. */
@Component("submissionRecorder")
public class SubmissionRecorder implements TaskListener {

    static final String SUBMITTED_BY = "submittedBy";

    @Override
    public void notify(DelegateTask task) {
        task.setVariable(SUBMITTED_BY, actingUser(task));
    }

    static String actingUser(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return task.getAssignee();
    }
}
