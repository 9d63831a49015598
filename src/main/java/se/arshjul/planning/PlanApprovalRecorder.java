package se.arshjul.planning;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.arshjul.review.ReviewDecisionRecorder;
import se.arshjul.review.TaskRuleViolation;

/**
 * Förvaltningsledningen's decision on the compiled plan. Approving marks the plan GODKAND_FL;
 * sending back names one section, which goes through Granskning again with the comment.
 */
@Component("planApprovalRecorder")
public class PlanApprovalRecorder implements TaskListener {
    static final String DECISION = "approvalDecision";
    static final String SECTION = "sendBackSection";
    static final String COMMENT = "approvalComment";

    private final PlanReader reader;
    private final PlanDocumentRepository plans;
    private final PlanSectionRepository sections;

    PlanApprovalRecorder(PlanReader reader, PlanDocumentRepository plans, PlanSectionRepository sections) {
        this.reader = reader;
        this.plans = plans;
        this.sections = sections;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable("planId")).longValue();
        Object decision = task.getVariable(DECISION);
        if (ReviewDecisionRecorder.APPROVE.equals(decision)) {
            plans.save(reader.plan(planId).withStatus(PlanStatus.GODKAND_FL));
            task.setVariable("planApproved", true);
            return;
        }
        if (!ReviewDecisionRecorder.SEND_BACK.equals(decision)) {
            throw new TaskRuleViolation(DECISION, "Välj om planen godkänns eller om ett avsnitt skickas tillbaka.");
        }
        String comment = task.getVariable(COMMENT) instanceof String s ? s.strip() : "";
        if (comment.isEmpty()) {
            throw new TaskRuleViolation(COMMENT, "Skriv vad som ska ändras i avsnittet.");
        }
        String key = task.getVariable(SECTION) instanceof String s ? s.strip() : "";
        PlanSection section = reader.sections(planId).stream().filter(s -> s.sectionKey().equals(key)).findFirst()
                .orElseThrow(() -> new TaskRuleViolation(SECTION, "Ange vilket avsnitt som ska skickas tillbaka, ett av: "
                        + reader.sections(planId).stream().map(PlanSection::sectionKey).collect(Collectors.joining(", ")) + "."));
        sections.save(section.sentBack(PlanSchedule.reworkDeadline(section.deadline(), PlanSchedule.today())));
        task.setVariable("planApproved", false);
        task.setVariable("sectionsToReview", key);
        task.setVariable(COMMENT, comment);
        task.getProcessEngineServices().getTaskService()
                .createComment(task.getId(), task.getProcessInstanceId(), "Skickat tillbaka (" + section.title() + "): " + comment);
    }
}
