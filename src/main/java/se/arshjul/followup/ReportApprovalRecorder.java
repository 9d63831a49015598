package se.arshjul.followup;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.arshjul.review.ReviewDecisionRecorder;
import se.arshjul.review.TaskRuleViolation;

/**
 * Förvaltningsledningen's decision on the compiled report: approve (all sections must be approved),
 * or send one named section back through Granskning with a comment.
 */
@Component("reportApprovalRecorder")
public class ReportApprovalRecorder implements TaskListener {
    static final String DECISION = "approvalDecision";
    static final String SECTION = "sendBackSection";
    static final String COMMENT = "approvalComment";

    private final FollowupReader reader;
    private final ReportWorkflow workflow;

    ReportApprovalRecorder(FollowupReader reader, ReportWorkflow workflow) {
        this.reader = reader;
        this.workflow = workflow;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = ((Number) task.getVariable("reportId")).longValue();
        Object decision = task.getVariable(DECISION);
        if (ReviewDecisionRecorder.APPROVE.equals(decision)) {
            try {
                workflow.approve(reportId);
            } catch (ReportRuleException e) {
                throw new TaskRuleViolation(DECISION, e.getMessage());
            }
            task.setVariable("reportApproved", true);
            return;
        }
        if (!ReviewDecisionRecorder.SEND_BACK.equals(decision)) {
            throw new TaskRuleViolation(DECISION, "Välj om rapporten godkänns eller om ett avsnitt skickas tillbaka.");
        }
        String comment = task.getVariable(COMMENT) instanceof String s ? s.strip() : "";
        if (comment.isEmpty()) {
            throw new TaskRuleViolation(COMMENT, "Skriv vad som ska ändras i avsnittet.");
        }
        String key = task.getVariable(SECTION) instanceof String s ? s.strip() : "";
        ReportSection section = reader.sections(reportId).stream().filter(s -> s.sectionKey().equals(key)).findFirst()
                .orElseThrow(() -> new TaskRuleViolation(SECTION, "Ange vilket avsnitt som ska skickas tillbaka, ett av: "
                        + reader.sections(reportId).stream().map(ReportSection::sectionKey).collect(Collectors.joining(", ")) + "."));
        task.setVariable("reportApproved", false);
        task.setVariable("sectionsToReview", section.sectionKey());
        task.setVariable(COMMENT, comment);
        task.getProcessEngineServices().getTaskService()
                .createComment(task.getId(), task.getProcessInstanceId(), "Skickat tillbaka (" + section.title() + "): " + comment);
    }
}
