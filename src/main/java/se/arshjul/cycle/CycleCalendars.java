package se.arshjul.cycle;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar of the annual wheel. Saving a year's calendar starts that year's {@code Arshjul}
 * process (one timer per cycle, see bpmn/arshjul.bpmn) or moves its waiting timers to the new dates.
 */
@Service
public class CycleCalendars {
    public static final String WHEEL_PROCESS = "Arshjul";

    private final CycleCalendarRepository calendars;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final HistoryService historyService;

    CycleCalendars(CycleCalendarRepository calendars, RuntimeService runtimeService, ManagementService managementService,
                   HistoryService historyService) {
        this.calendars = calendars;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.historyService = historyService;
    }

    public static String wheelKey(int year) {
        return "ARSHJUL-" + year;
    }

    /** The year's cycles: saved, or the defaults while nobody has saved them. */
    @Transactional(readOnly = true)
    public List<CycleCalendar> forYear(int year) {
        return CycleCalendar.FOLLOW_UP.stream().map(t -> forCycle(year, t)).toList();
    }

    @Transactional(readOnly = true)
    public CycleCalendar forCycle(int year, DocumentType type) {
        return calendars.findByCycleYearAndDocType(year, type).orElseGet(() -> CycleCalendar.defaults(year, type));
    }

    public boolean isSaved(int year) {
        return !calendars.findByCycleYear(year).isEmpty();
    }

    /** Whether the wheel of the year runs (or has run). */
    public boolean wheelStarted(int year) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(WHEEL_PROCESS)
                .processInstanceBusinessKey(wheelKey(year)).count() > 0;
    }

    /**
     * Validates and saves the year's dates (form fields {@code DELAR1.startDate} ... as yyyy-MM-dd), then
     * starts the wheel or moves its timers.
     */
    @Transactional
    public List<CycleCalendar> save(int year, Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<CycleCalendar> updated = new ArrayList<>();
        for (DocumentType type : CycleCalendar.FOLLOW_UP) {
            CycleCalendar current = forCycle(year, type);
            String p = type.name() + ".";
            LocalDate periodEnd = date(form, p + "periodEnd", errors);
            LocalDate start = date(form, p + "startDate", errors);
            LocalDate sectionDue = date(form, p + "sectionDue", errors);
            LocalDate reviewDue = date(form, p + "reviewDue", errors);
            LocalDate approvalDue = date(form, p + "approvalDue", errors);
            LocalDate decisionDue = date(form, p + "decisionDue", errors);
            if (periodEnd != null) {
                List<MonthDay> allowed = CycleCalendar.allowedPeriodEnds(type);
                if (periodEnd.getYear() != year || !allowed.contains(MonthDay.from(periodEnd))) {
                    errors.put(p + "periodEnd", type.label() + " avser " + allowed.stream()
                            .map(md -> md.getDayOfMonth() + " " + MONTHS[md.getMonthValue() - 1] + " " + year)
                            .collect(Collectors.joining(" eller ")) + ".");
                }
            }
            if (start != null && start.getYear() != year) {
                errors.put(p + "startDate", "Startdatum ska ligga under " + year + ".");
            }
            order(errors, p + "sectionDue", sectionDue, periodEnd, "Sista dag för avsnitten ska vara efter periodens slut.");
            order(errors, p + "sectionDue", sectionDue, start, "Sista dag för avsnitten ska vara efter startdatum.");
            order(errors, p + "reviewDue", reviewDue, sectionDue, "Granskningen ska vara klar efter sista dag för avsnitten.");
            order(errors, p + "approvalDue", approvalDue, reviewDue, "Förvaltningsledningens godkännande ska vara efter granskningen.");
            order(errors, p + "decisionDue", decisionDue, approvalDue, "Nämndens beslut ska vara efter förvaltningsledningens godkännande.");
            if (current.id() != null && String.valueOf(current.version()).equals(form.getOrDefault(p + "version", String.valueOf(current.version()))) == false) {
                errors.put(p + "version", "Någon annan har ändrat kalendern för " + type.label().toLowerCase() + ". Ladda om sidan.");
            }
            updated.add(current.withDates(periodEnd, start, sectionDue, reviewDue, approvalDue, decisionDue));
        }
        if (!errors.isEmpty()) {
            throw new CalendarFormException(errors);
        }
        List<CycleCalendar> saved = calendars.saveAll(updated);
        scheduleWheel(year);
        return saved;
    }

    /** Starts the year's wheel, or moves the timers still waiting to the saved start dates. */
    void scheduleWheel(int year) {
        ProcessInstance wheel = runtimeService.createProcessInstanceQuery().processDefinitionKey(WHEEL_PROCESS)
                .processInstanceBusinessKey(wheelKey(year)).singleResult();
        if (wheel == null) {
            if (!wheelStarted(year)) {
                runtimeService.startProcessInstanceByKey(WHEEL_PROCESS, wheelKey(year), Map.of("year", year));
            }
            return;
        }
        for (DocumentType type : CycleCalendar.FOLLOW_UP) {
            Job timer = managementService.createJobQuery().processInstanceId(wheel.getId())
                    .activityId(ArshjulWheel.timerId(type)).singleResult();
            if (timer != null) {
                managementService.setJobDuedate(timer.getId(), ArshjulWheel.startOfDay(forCycle(year, type).startDate()));
            }
        }
    }

    private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
            "september", "oktober", "november", "december"};

    private static LocalDate date(Map<String, String> form, String field, Map<String, String> errors) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            errors.put(field, "Ange ett datum.");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Ange datumet som ÅÅÅÅ-MM-DD.");
            return null;
        }
    }

    private static void order(Map<String, String> errors, String field, LocalDate later, LocalDate earlier, String message) {
        if (later != null && earlier != null && !later.isAfter(earlier)) {
            errors.putIfAbsent(field, message);
        }
    }
}
