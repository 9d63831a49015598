package se.arshjul.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.arshjul.web.PageMessages;

/**
 * Turns the reviewer's decision into the routing flag {@code approved}. Sending back requires a
 * comment; it is kept on the case so the author sees it, and the author gets a fresh deadline
 * when the original one has passed.
 */
@Component("reviewDecisionRecorder")
public class ReviewDecisionRecorder implements TaskListener {

    public static final String APPROVE = "godkann";
    public static final String SEND_BACK = "atersand";

    private final Deadlines deadlines;
    private final PageMessages messages;

    public ReviewDecisionRecorder(Deadlines deadlines, PageMessages messages) {
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable("decision");
        if (!APPROVE.equals(decision) && !SEND_BACK.equals(decision)) {
            throw new TaskRuleViolation("decision", "review.decision.choose");
        }
        boolean approved = APPROVE.equals(decision);
        String comment = task.getVariable("reviewComment") instanceof String s ? s.strip() : "";
        if (!approved && comment.isEmpty()) {
            throw new TaskRuleViolation("reviewComment", "review.decision.commentRequired");
        }
        task.setVariable("approved", approved);
        task.setVariable("reviewComment", comment);
        if (!comment.isEmpty()) {
            task.getProcessEngineServices().getTaskService().createComment(task.getId(), task.getProcessInstanceId(),
                    messages.message(approved ? "review.comment.approved" : "review.comment.sentBack", comment));
        }
        if (!approved) {
            // The author has to confirm "ready for review" again; the form must not come pre-ticked.
            task.setVariable("readyForReview", false);
            Object round = task.getVariable("reviewRound");
            task.setVariable("reviewRound", round instanceof Integer r ? r + 1 : 1);
            deadlines.extendAfterSendBack(task.getExecution());
        }
    }
}
