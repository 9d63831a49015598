package se.arshjul.review;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.arshjul.time.DeadlineDefaults;
import se.arshjul.time.IsoDurations;

/**
 * Deadline arithmetic of the review process. Durations are ISO-8601 periods ({@code P3D});
 * {@code reminderBefore} and {@code resubmitWithin} can be set per process, otherwise the
 * configured defaults ({@code arshjul.deadlines.*}) apply.
 */
@Component("deadlines")
public class Deadlines {
    private final IsoDurations durations;
    private final DeadlineDefaults defaults;

    public Deadlines(IsoDurations durations, DeadlineDefaults defaults) {
        this.durations = durations;
        this.defaults = defaults;
    }

    /**
     * When to remind: the due date minus {@code reminderBefore}. Today's models use
     * {@code taskSettings.reminderAt}; this stays for running instances of earlier model versions.
     */
    public Date reminderAt(VariableScope scope, String dueDateVariable) {
        Date due = (Date) scope.getVariable(dueDateVariable);
        return durations.minus(due, stringVariable(scope, "reminderBefore", defaults.reminderBefore()));
    }

    /** After a send-back the author gets at least {@code resubmitWithin}, and the reviewer as long as before. */
    void extendAfterSendBack(VariableScope scope) {
        Date authorDue = (Date) scope.getVariable("authorDueDate");
        Date reviewDue = (Date) scope.getVariable("reviewDueDate");
        Date earliest = durations.fromNow(stringVariable(scope, "resubmitWithin", defaults.resubmitWithin()));
        if (authorDue == null || authorDue.before(earliest)) {
            Date reviewerDue = authorDue != null && reviewDue != null
                    ? new Date(earliest.getTime() + Math.max(reviewDue.getTime() - authorDue.getTime(), 0))
                    : durations.plus(earliest, defaults.reviewTime());
            scope.setVariable("authorDueDate", Variables.dateValue(earliest));
            scope.setVariable("reviewDueDate", Variables.dateValue(reviewerDue));
        }
    }

    private static String stringVariable(VariableScope scope, String name, String fallback) {
        return scope.getVariable(name) instanceof String s && !s.isBlank() ? s : fallback;
    }
}
