package se.arshjul.planning;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.arshjul.review.SendBackDecision;
import se.arshjul.web.PageMessages;

/**
 * Förvaltningsledningen's decision on the compiled plan. Approving marks the plan GODKAND_FL;
 * sending back names one section, which goes through Granskning again with the comment.
 */
@Component("planApprovalRecorder")
public class PlanApprovalRecorder implements TaskListener {
    private final PlanReader reader;
    private final PlanDocumentRepository plans;
    private final PlanSectionRepository sections;
    private final PlanSchedule schedule;
    private final PageMessages texts;

    PlanApprovalRecorder(PlanReader reader, PlanDocumentRepository plans, PlanSectionRepository sections, PlanSchedule schedule,
                         PageMessages texts) {
        this.schedule = schedule;
        this.texts = texts;
        this.reader = reader;
        this.plans = plans;
        this.sections = sections;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable("planId")).longValue();
        Map<String, PlanSection> byKey = new LinkedHashMap<>();
        reader.sections(planId).forEach(section -> byKey.put(section.sectionKey(), section));
        Map<String, String> titles = new LinkedHashMap<>();
        byKey.forEach((key, section) -> titles.put(key, section.title()));

        SendBackDecision decision = SendBackDecision.read(task, titles, texts.message("plan.theDocument"));
        task.setVariable("planApproved", decision.approved());
        if (decision.approved()) {
            plans.save(reader.plan(planId).withStatus(PlanStatus.GODKAND_FL));
            return;
        }
        PlanSection section = byKey.get(decision.sectionKey());
        sections.save(section.sentBack(schedule.reworkDeadline(section.deadline())));
        decision.routeSendBack(task, section.title());
    }
}
