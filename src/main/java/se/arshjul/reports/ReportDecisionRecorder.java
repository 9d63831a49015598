package se.arshjul.reports;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.web.PageMessages;

/** Nämndsekreteraren records the board's decision; refused while any section is unapproved. */
@Component("reportDecisionRecorder")
public class ReportDecisionRecorder implements TaskListener {
    private final ReportWorkflow workflow;
    private final SwedishTime times;
    private final PageMessages texts;

    ReportDecisionRecorder(ReportWorkflow workflow, SwedishTime times, PageMessages texts) {
        this.workflow = workflow;
        this.times = times;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = ((Number) task.getVariable("reportId")).longValue();
        LocalDate date = decisionDate(task.getVariable("decisionDate"));
        if (date.isAfter(times.today())) throw refused("decisionDate", "report.decision.dateInFuture");
        String paragraph = task.getVariable("paragraph") instanceof String s ? s.strip() : "";
        if (paragraph.isEmpty()) throw refused("paragraph", "report.decision.paragraphRequired");
        try {
            workflow.recordDecision(reportId, date, paragraph);
        } catch (ActionRefusedException e) {
            throw new TaskRuleViolation("decisionDate", texts.message(e.code(), e.args()));
        }
    }

    private LocalDate decisionDate(Object value) {
        if (value instanceof Date d) return times.localDate(d);
        if (!(value instanceof String s) || s.isBlank()) throw refused("decisionDate", "report.decision.dateRequired");
        String text = s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip();
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw refused("decisionDate", "validation.date");
        }
    }

    private TaskRuleViolation refused(String field, String code) {
        return new TaskRuleViolation(field, texts.message(code));
    }
}
