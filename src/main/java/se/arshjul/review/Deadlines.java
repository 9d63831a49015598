package se.arshjul.review;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.arshjul.time.IsoDurations;

/**
 * Deadline arithmetic the review process uses in its timer expressions. Durations are ISO-8601
 * periods ({@code P3D}); {@code reminderBefore} and {@code resubmitWithin} can be set per process.
 */
@Component("deadlines")
public class Deadlines {
    static final String DEFAULT_REMINDER = "P3D";
    static final String DEFAULT_RESUBMIT = "P5D";

    /**
     * When to remind: the due date minus {@code reminderBefore}. Today's models use
     * {@code taskSettings.reminderAt}; this stays for running instances of earlier model versions.
     */
    public Date reminderAt(VariableScope scope, String dueDateVariable) {
        Date due = (Date) scope.getVariable(dueDateVariable);
        return IsoDurations.minus(due, stringVariable(scope, "reminderBefore", DEFAULT_REMINDER));
    }

    /** After a send-back the author gets at least {@code resubmitWithin}, and the reviewer as long as before. */
    void extendAfterSendBack(VariableScope scope, Date now) {
        Date authorDue = (Date) scope.getVariable("authorDueDate");
        Date reviewDue = (Date) scope.getVariable("reviewDueDate");
        Date earliest = IsoDurations.plus(now, stringVariable(scope, "resubmitWithin", DEFAULT_RESUBMIT));
        if (authorDue == null || authorDue.before(earliest)) {
            long reviewTime = authorDue != null && reviewDue != null ? reviewDue.getTime() - authorDue.getTime() : Duration.ofDays(5).toMillis();
            scope.setVariable("authorDueDate", Variables.dateValue(earliest));
            scope.setVariable("reviewDueDate", Variables.dateValue(new Date(earliest.getTime() + Math.max(reviewTime, 0))));
        }
    }

    private static String stringVariable(VariableScope scope, String name, String fallback) {
        return scope.getVariable(name) instanceof String s && !s.isBlank() ? s : fallback;
    }
}
