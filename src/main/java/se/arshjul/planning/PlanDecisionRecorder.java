package se.arshjul.planning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.web.PageMessages;

/** The board's decision as the secretary records it: the plan becomes BESLUTAD and locked. */
@Component("planDecisionRecorder")
public class PlanDecisionRecorder implements TaskListener {
    static final Pattern DIARIENUMMER = Pattern.compile("^\\p{Lu}{2,6}-\\d{4}/\\d{1,6}(\\.\\d{1,4})?$");
    static final Pattern PARAGRAPH = Pattern.compile("^(§\\s*)?(\\d{1,4})$");

    private final PlanReader reader;
    private final PlanDocumentRepository plans;
    private final ApplicationEventPublisher events;
    private final PlanSchedule schedule;
    private final PageMessages texts;

    PlanDecisionRecorder(PlanReader reader, PlanDocumentRepository plans, ApplicationEventPublisher events, PlanSchedule schedule,
                         PageMessages texts) {
        this.schedule = schedule;
        this.texts = texts;
        this.reader = reader;
        this.plans = plans;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate date = decisionDate(task.getVariable("decisionDate"));
        var paragraph = PARAGRAPH.matcher(stripped(task.getVariable("paragraph")));
        if (!paragraph.matches()) {
            throw violation("paragraph", "plan.decision.paragraph");
        }
        String diarienummer = stripped(task.getVariable("diarienummer"));
        if (!DIARIENUMMER.matcher(diarienummer).matches()) {
            throw violation("diarienummer", "plan.decision.diarienummer");
        }
        long planId = ((Number) task.getVariable("planId")).longValue();
        PlanDocument decided = plans.save(reader.plan(planId).decided(date, "§ " + paragraph.group(2), diarienummer));
        events.publishEvent(new PlanDecided(decided.planYear(), date, "§ " + paragraph.group(2), diarienummer));
    }

    private LocalDate decisionDate(Object value) {
        try {
            LocalDate date = LocalDate.parse(stripped(value));
            if (date.isAfter(schedule.today())) throw violation("decisionDate", "plan.decision.date.future");
            return date;
        } catch (DateTimeParseException e) {
            throw violation("decisionDate", "plan.decision.date");
        }
    }

    /** The engine's task form shows the violation's text next to the field. */
    private TaskRuleViolation violation(String field, String code) {
        return new TaskRuleViolation(field, texts.message(code));
    }

    private static String stripped(Object value) {
        return value instanceof String s ? s.strip() : "";
    }
}
