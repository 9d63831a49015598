package se.arshjul.planning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;

/** The board's decision as the secretary records it: the plan becomes BESLUTAD and locked. */
@Component("planDecisionRecorder")
public class PlanDecisionRecorder implements TaskListener {
    static final Pattern DIARIENUMMER = Pattern.compile("^[A-ZÅÄÖ]{2,6}-\\d{4}/\\d{1,6}(\\.\\d{1,4})?$");
    static final Pattern PARAGRAPH = Pattern.compile("^(§\\s*)?(\\d{1,4})$");

    private final PlanReader reader;
    private final PlanDocumentRepository plans;
    private final ApplicationEventPublisher events;

    PlanDecisionRecorder(PlanReader reader, PlanDocumentRepository plans, ApplicationEventPublisher events) {
        this.reader = reader;
        this.plans = plans;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate date = decisionDate(task.getVariable("decisionDate"));
        var paragraph = PARAGRAPH.matcher(stripped(task.getVariable("paragraph")));
        if (!paragraph.matches()) {
            throw new TaskRuleViolation("paragraph", "Paragrafen ska vara ett nummer, till exempel 123 eller § 123.");
        }
        String diarienummer = stripped(task.getVariable("diarienummer"));
        if (!DIARIENUMMER.matcher(diarienummer).matches()) {
            throw new TaskRuleViolation("diarienummer", "Diarienumret ska se ut som SN-2020/2526.111.");
        }
        long planId = ((Number) task.getVariable("planId")).longValue();
        PlanDocument decided = plans.save(reader.plan(planId).decided(date, "§ " + paragraph.group(2), diarienummer));
        events.publishEvent(new PlanDecided(decided.planYear(), date, "§ " + paragraph.group(2), diarienummer));
    }

    private static LocalDate decisionDate(Object value) {
        try {
            LocalDate date = LocalDate.parse(stripped(value));
            if (date.isAfter(PlanSchedule.today())) {
                throw new TaskRuleViolation("decisionDate", "Beslutsdatumet kan inte ligga i framtiden.");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new TaskRuleViolation("decisionDate", "Ange nämndens beslutsdatum (åååå-mm-dd).");
        }
    }

    private static String stripped(Object value) {
        return value instanceof String s ? s.strip() : "";
    }
}
