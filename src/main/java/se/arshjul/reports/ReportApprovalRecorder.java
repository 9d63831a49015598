package se.arshjul.reports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.arshjul.review.SendBackDecision;
import se.arshjul.review.TaskRuleViolation;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.web.PageMessages;

/**
 * Förvaltningsledningen's decision on the compiled report: approve (all sections must be approved),
 * or send one named section back through Granskning with a comment.
 */
@Component("reportApprovalRecorder")
public class ReportApprovalRecorder implements TaskListener {
    private final FollowupReader reader;
    private final ReportWorkflow workflow;
    private final PageMessages texts;

    ReportApprovalRecorder(FollowupReader reader, ReportWorkflow workflow, PageMessages texts) {
        this.texts = texts;
        this.reader = reader;
        this.workflow = workflow;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = ((Number) task.getVariable("reportId")).longValue();
        Map<String, String> titles = new LinkedHashMap<>();
        reader.sections(reportId).forEach(section -> titles.put(section.sectionKey(), section.title()));

        SendBackDecision decision = SendBackDecision.read(task, titles, "rapporten");
        if (decision.approved()) {
            try {
                workflow.approve(reportId);
            } catch (ActionRefusedException e) {
                throw new TaskRuleViolation(SendBackDecision.DECISION, texts.message(e.code(), e.args()));
            }
            task.setVariable("reportApproved", true);
            return;
        }
        task.setVariable("reportApproved", false);
        decision.routeSendBack(task, titles.get(decision.sectionKey()));
    }
}
