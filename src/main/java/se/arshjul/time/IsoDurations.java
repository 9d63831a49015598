package se.arshjul.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Deadline arithmetic with ISO-8601 periods ({@code P3D}, calendar days in the application's zone,
 * taken from the {@link Clock}) and durations ({@code PT36H}), as admins and BPMN models write them.
 */
@Component
public class IsoDurations {
    private final Clock clock;

    public IsoDurations(Clock clock) {
        this.clock = clock;
    }

    /** Now plus the period or duration. */
    public Date fromNow(String iso) {
        return plus(Date.from(clock.instant()), iso);
    }

    public Date plus(Date date, String iso) {
        var time = date.toInstant().atZone(clock.getZone());
        return Date.from((iso.startsWith("PT") ? time.plus(Duration.parse(iso)) : time.plus(Period.parse(iso))).toInstant());
    }

    public Date minus(Date date, String iso) {
        var time = date.toInstant().atZone(clock.getZone());
        return Date.from((iso.startsWith("PT") ? time.minus(Duration.parse(iso)) : time.minus(Period.parse(iso))).toInstant());
    }

    /** True for an ISO-8601 period ({@code P10D}) or duration ({@code PT36H}). */
    public static boolean isValid(String iso) {
        if (iso == null) return false;
        try {
            if (iso.startsWith("PT")) Duration.parse(iso);
            else Period.parse(iso);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
