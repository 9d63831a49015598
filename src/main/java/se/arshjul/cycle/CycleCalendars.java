package se.arshjul.cycle;

import java.time.LocalDate;
import java.time.MonthDay;
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

import se.arshjul.time.SwedishTime;
import se.arshjul.validation.FormReader;
import se.arshjul.validation.Texts;

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
    private final SwedishTime times;

    CycleCalendars(CycleCalendarRepository calendars, RuntimeService runtimeService, ManagementService managementService,
                   HistoryService historyService, SwedishTime times) {
        this.times = times;
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
        FormReader reader = new FormReader();
        List<CycleCalendar> updated = CycleCalendar.FOLLOW_UP.stream().map(type -> read(year, type, form, reader)).toList();
        reader.throwIfAny();
        List<CycleCalendar> saved = calendars.saveAll(updated);
        scheduleWheel(year);
        return saved;
    }

    private CycleCalendar read(int year, DocumentType type, Map<String, String> form, FormReader reader) {
        CycleCalendar current = forCycle(year, type);
        String p = type.name() + ".";
        LocalDate periodEnd = date(reader, form, p + "periodEnd");
        LocalDate start = date(reader, form, p + "startDate");
        LocalDate sectionDue = date(reader, form, p + "sectionDue");
        LocalDate reviewDue = date(reader, form, p + "reviewDue");
        LocalDate approvalDue = date(reader, form, p + "approvalDue");
        LocalDate decisionDue = date(reader, form, p + "decisionDue");
        List<MonthDay> allowed = CycleCalendar.allowedPeriodEnds(type);
        if (periodEnd != null && (periodEnd.getYear() != year || !allowed.contains(MonthDay.from(periodEnd)))) {
            reader.reject(p + "periodEnd", "cycle.calendar.periodEnd", allowed.stream().map(md -> md.atYear(year).toString())
                    .collect(Collectors.joining(", ")));
        }
        if (start != null && start.getYear() != year) reader.reject(p + "startDate", "cycle.calendar.startInYear", String.valueOf(year));
        order(reader, p + "sectionDue", sectionDue, periodEnd, "cycle.calendar.sectionAfterPeriod");
        order(reader, p + "sectionDue", sectionDue, start, "cycle.calendar.sectionAfterStart");
        order(reader, p + "reviewDue", reviewDue, sectionDue, "cycle.calendar.reviewAfterSections");
        order(reader, p + "approvalDue", approvalDue, reviewDue, "cycle.calendar.approvalAfterReview");
        order(reader, p + "decisionDue", decisionDue, approvalDue, "cycle.calendar.decisionAfterApproval");
        if (current.id() != null && !String.valueOf(current.version()).equals(form.getOrDefault(p + "version", String.valueOf(current.version())))) {
            reader.reject(p + "version", "cycle.calendar.stale");
        }
        return current.withDates(periodEnd, start, sectionDue, reviewDue, approvalDue, decisionDue);
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
                managementService.setJobDuedate(timer.getId(), times.toDate(forCycle(year, type).startDate()));
            }
        }
    }

    private static LocalDate date(FormReader reader, Map<String, String> form, String field) {
        String value = form.get(field);
        if (Texts.isBlank(value)) reader.reject(field, "validation.required");
        return reader.date(field, value);
    }

    private static void order(FormReader reader, String field, LocalDate later, LocalDate earlier, String code) {
        if (later != null && earlier != null && !later.isAfter(earlier)) {
            reader.reject(field, code);
        }
    }
}
