package se.arshjul.cycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.arshjul.time.SwedishTime;
import se.arshjul.validation.ActionRefusedException;

/**
 * What bpmn/arshjul.bpmn calls: the start date of each cycle (read from the saved calendar when the
 * timer is created; saving the calendar later moves the timer) and the start of the cycle.
 */
@Component("arshjulWheel")
public class ArshjulWheel {
    /** @deprecated only for {@link #startOfDay}; the zone comes from the Clock ({@link SwedishTime}). */
    @Deprecated(forRemoval = true)
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Logger log = LoggerFactory.getLogger(ArshjulWheel.class);

    private final CycleCalendars calendars;
    private final List<CycleLauncher> launchers;
    private final SwedishTime times;

    ArshjulWheel(CycleCalendars calendars, List<CycleLauncher> launchers, SwedishTime times) {
        this.times = times;
        this.calendars = calendars;
        this.launchers = launchers;
    }

    public static String timerId(DocumentType type) {
        return "Timer_Start" + type.name();
    }

    /** @deprecated followup.ReportSections still calls it; use {@link SwedishTime#toDate(LocalDate)}. */
    @Deprecated(forRemoval = true)
    public static Date startOfDay(LocalDate date) {
        return Date.from(date.atStartOfDay(ZONE).toInstant());
    }

    public Date startDate(int year, String type) {
        return times.toDate(calendars.forCycle(year, DocumentType.valueOf(type)).startDate());
    }

    /** The timer's action; a cycle already started by hand is left as it is. */
    public void startCycle(int year, String typeCode) {
        DocumentType type = DocumentType.valueOf(typeCode);
        CycleLauncher launcher = launcher(launchers, type);
        if (launcher.isStarted(year, type)) {
            log.info("{} {} was already started by hand", type, year);
            return;
        }
        launcher.start(year, type);
    }

    static CycleLauncher launcher(List<CycleLauncher> launchers, DocumentType type) {
        return launchers.stream().filter(l -> l.handles(type)).findFirst()
                .orElseThrow(() -> new ActionRefusedException("cycle.noLauncher", type.name()));
    }
}
