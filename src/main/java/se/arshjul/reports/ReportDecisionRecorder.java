package se.arshjul.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;

/** Nämndsekreteraren records the board's decision; refused while any section is unapproved. */
@Component("reportDecisionRecorder")
public class ReportDecisionRecorder implements TaskListener {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private final ReportWorkflow workflow;

    ReportDecisionRecorder(ReportWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = ((Number) task.getVariable("reportId")).longValue();
        Object value = task.getVariable("decisionDate");
        LocalDate date;
        if (value instanceof Date d) {
            date = d.toInstant().atZone(ZONE).toLocalDate();
        } else if (value instanceof String s && !s.isBlank()) {
            date = parse(s);
        } else {
            throw new TaskRuleViolation("decisionDate", "Ange datum för nämndens beslut.");
        }
        if (date.isAfter(ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate())) {
            throw new TaskRuleViolation("decisionDate", "Beslutsdatum kan inte ligga i framtiden.");
        }
        String paragraph = task.getVariable("paragraph") instanceof String s ? s.strip() : "";
        if (paragraph.isEmpty()) {
            throw new TaskRuleViolation("paragraph", "Ange paragraf i nämndens protokoll.");
        }
        try {
            workflow.recordDecision(reportId, date, paragraph);
        } catch (ReportRuleException e) {
            throw new TaskRuleViolation("decisionDate", e.getMessage());
        }
    }

    private static LocalDate parse(String s) {
        try {
            return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
        } catch (RuntimeException e) {
            throw new TaskRuleViolation("decisionDate", "Ange datumet som ÅÅÅÅ-MM-DD.");
        }
    }
}
