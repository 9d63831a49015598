package se.arshjul.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates and times as users see them: always in the application's zone (Europe/Stockholm), never the
 * server's or UTC. Templates reach it as {@code @times}, e.g. {@code ${@times.dateTime(task.created)}}.
 */
@Component("times")
public class SwedishTime {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    private final Clock clock;

    public SwedishTime(Clock clock) {
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public LocalDate localDate(Date date) {
        return date == null ? null : date.toInstant().atZone(zone()).toLocalDate();
    }

    public Date toDate(LocalDateTime time) {
        return time == null ? null : Date.from(time.atZone(zone()).toInstant());
    }

    public Date toDate(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(zone()).toInstant());
    }

    public String date(Object value) {
        return format(value, DATE);
    }

    public String dateTime(Object value) {
        return format(value, DATE_TIME);
    }

    /** A date as written in running text, e.g. "3 september 2026"; empty for null. */
    public String longDate(Object value) {
        if (value == null) return "";
        LocalDate date = value instanceof Date d ? localDate(d) : value instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) value;
        return date.format(LONG_DATE);
    }

    private String format(Object value, DateTimeFormatter format) {
        if (value == null) return "";
        if (value instanceof Date d) return format.format(d.toInstant().atZone(zone()));
        if (value instanceof Instant i) return format.format(i.atZone(zone()));
        if (value instanceof LocalDateTime t) return format.format(t);
        if (value instanceof LocalDate d) return d.format(DATE);
        throw new IllegalArgumentException("Not a date: " + value.getClass());
    }
}
