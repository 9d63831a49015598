package se.arshjul.time;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Deadline arithmetic with ISO-8601 periods ({@code P3D}, calendar days in Swedish time) and
 * durations ({@code PT36H}), as admins and BPMN models write them.
 */
public final class IsoDurations {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private IsoDurations() {}

    public static Date plus(Date date, String iso) {
        var time = date.toInstant().atZone(ZONE);
        return Date.from((iso.startsWith("PT") ? time.plus(Duration.parse(iso)) : time.plus(Period.parse(iso))).toInstant());
    }

    public static Date minus(Date date, String iso) {
        var time = date.toInstant().atZone(ZONE);
        return Date.from((iso.startsWith("PT") ? time.minus(Duration.parse(iso)) : time.minus(Period.parse(iso))).toInstant());
    }

    /** True for an ISO-8601 period ({@code P10D}) or duration ({@code PT36H}). */
    public static boolean isValid(String iso) {
        try {
            plus(new Date(0), iso);
            return true;
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }
}
