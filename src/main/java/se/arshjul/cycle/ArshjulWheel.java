package se.arshjul.cycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What bpmn/arshjul.bpmn calls: the start date of each cycle (read from the saved calendar when the
 * timer is created; saving the calendar later moves the timer) and the start of the cycle.
 */
@Component("arshjulWheel")
public class ArshjulWheel {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Logger log = LoggerFactory.getLogger(ArshjulWheel.class);

    private final CycleCalendars calendars;
    private final List<CycleLauncher> launchers;

    ArshjulWheel(CycleCalendars calendars, List<CycleLauncher> launchers) {
        this.calendars = calendars;
        this.launchers = launchers;
    }

    public static String timerId(DocumentType type) {
        return "Timer_Start" + type.name();
    }

    public static Date startOfDay(LocalDate date) {
        return Date.from(date.atStartOfDay(ZONE).toInstant());
    }

    public Date startDate(int year, String type) {
        return startOfDay(calendars.forCycle(year, DocumentType.valueOf(type)).startDate());
    }

    /** The timer's action; a cycle already started by hand is left as it is. */
    public void startCycle(int year, String typeCode) {
        DocumentType type = DocumentType.valueOf(typeCode);
        CycleLauncher launcher = launcher(launchers, type);
        if (launcher.isStarted(year, type)) {
            log.info("{} {} var redan startad för hand", type.label(), year);
            return;
        }
        launcher.start(year, type);
    }

    static CycleLauncher launcher(List<CycleLauncher> launchers, DocumentType type) {
        return launchers.stream().filter(l -> l.handles(type)).findFirst()
                .orElseThrow(() -> new CycleRuleException("Ingen process kan starta " + type.label() + "."));
    }
}
