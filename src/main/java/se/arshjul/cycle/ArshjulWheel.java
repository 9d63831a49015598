package se.arshjul.cycle;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;

import se.arshjul.web.PageMessages;

import se.arshjul.time.SwedishTime;
import se.arshjul.validation.ActionRefusedException;

/**
 * What bpmn/arshjul.bpmn calls: the start date of each cycle (read from the saved calendar when the
 * timer is created; saving the calendar later moves the timer) and the start of the cycle.
 */
@Component("arshjulWheel")
public class ArshjulWheel {
    private static final Logger log = LoggerFactory.getLogger(ArshjulWheel.class);

    private final CycleCalendars calendars;
    private final List<CycleLauncher> launchers;
    private final SwedishTime times;
    private final PageMessages texts;

    ArshjulWheel(CycleCalendars calendars, List<CycleLauncher> launchers, SwedishTime times, PageMessages texts) {
        this.texts = texts;
        this.times = times;
        this.calendars = calendars;
        this.launchers = launchers;
    }

    public static String timerId(DocumentType type) {
        return "Timer_Start" + type.name();
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
        try {
            launcher.start(year, type);
        } catch (ActionRefusedException e) {
            // the timer job fails and becomes an incident in Cockpit: its message is the Swedish refusal
            throw new ProcessEngineException(texts.message(e.code(), e.args()), e);
        }
    }

    static CycleLauncher launcher(List<CycleLauncher> launchers, DocumentType type) {
        return launchers.stream().filter(l -> l.handles(type)).findFirst()
                .orElseThrow(() -> new ActionRefusedException("cycle.noLauncher", type.name()));
    }
}
