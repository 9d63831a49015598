package se.arshjul.internalcontrol;

import se.arshjul.security.Units;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.arshjul.cycle.CaseKey;
import se.arshjul.cycle.DocumentType;
import se.arshjul.security.Groups;
import se.arshjul.time.SwedishTime;
import se.arshjul.web.PageMessages;

/**
 * Scheduling of kontrolltillfällen, called from {@code bpmn/kontrollmoment.bpmn} (one instance per
 * kontrollmoment and year). The next period is always computed from the control's CURRENT
 * frequency and the runs that already exist, so a frequency change (message
 * {@value #CHANGED_MESSAGE}) only affects periods that have not started a run yet.
 */
@Component("controlScheduler")
public class KontrollmomentScheduler {

    public static final String PROCESS_KEY = "Kontrollmoment";
    public static final String RUN_PROCESS_KEY = "Kontrolltillfalle";
    public static final String CHANGED_MESSAGE = "KontrollmomentAndrat";
    static final String SCHEDULED_FROM = "scheduledFrom";

    private final RuntimeService runtimeService;
    private final KontrollmomentRepository controls;
    private final KontrolltillfalleRepository runs;
    private final InternalControlPlanRepository plans;
    private final SwedishTime times;
    private final PageMessages messages;
    private final Units units;

    public KontrollmomentScheduler(RuntimeService runtimeService, KontrollmomentRepository controls, KontrolltillfalleRepository runs,
                                   InternalControlPlanRepository plans, SwedishTime times, PageMessages messages, Units units) {
        this.units = units;
        this.runtimeService = runtimeService;
        this.controls = controls;
        this.runs = runs;
        this.plans = plans;
        this.times = times;
        this.messages = messages;
    }

    /** Due at the end of the period's last day. */
    static LocalDateTime dueAt(Frequency.Period period) {
        return period.end().atTime(23, 59);
    }

    /** The next period to run if scheduling began today. */
    Optional<Frequency.Period> nextPeriod(Kontrollmoment control) {
        return nextPeriod(control, times.today());
    }

    /**
     * The next period to run, empty when the year is done: the first period after the last run, or
     * before the first run the first one not over when scheduling began (a plan decided in March
     * starts with March). It may be over by now: a timer that fires late because the application was
     * stopped catches up on the periods it missed instead of dropping them.
     */
    Optional<Frequency.Period> nextPeriod(Kontrollmoment control, LocalDate scheduledFrom) {
        if (!control.schedulable()) {
            return Optional.empty();
        }
        Optional<LocalDate> lastEnd = runs.findByControlIdOrderByPeriodStart(control.id()).stream()
                .map(Kontrolltillfalle::periodEnd).max(Comparator.naturalOrder());
        return control.frekvens().periods(control.planYear(), control.valdaManader()).stream()
                .filter(p -> lastEnd.isPresent() ? p.start().isAfter(lastEnd.get()) : !p.end().isBefore(scheduledFrom))
                .findFirst();
    }

    /** The day the scheduler instance began (instances started before this variable existed: today). */
    private LocalDate scheduledFrom(DelegateExecution execution) {
        Object from = execution.getVariable(SCHEDULED_FROM);
        return from instanceof Date date ? times.localDate(date) : times.today();
    }

    /** Service task Task_NextPeriod: sets hasNext, periodStart (timer date) and periodLabel. */
    public void computeNext(DelegateExecution execution) {
        Long controlId = (Long) execution.getVariable("controlId");
        Optional<Frequency.Period> next = controls.findById(controlId)
                .filter(c -> plans.findByPlanYear(c.planYear()).map(InternalControlPlan::decided).orElse(false))
                .flatMap(c -> nextPeriod(c, scheduledFrom(execution)));
        execution.setVariable("hasNext", next.isPresent());
        execution.setVariable("periodStart", next.map(p -> times.toDate(p.start())).orElse(null));
        execution.setVariable("periodLabel", next.map(Frequency.Period::label).orElse(null));
    }

    /**
     * Service task Task_StartRun (the period has started): records the run and starts its
     * Kontrolltillfälle process with the task "Utför kontroll", due at the period's end.
     */
    public void startRun(DelegateExecution execution) {
        Long controlId = (Long) execution.getVariable("controlId");
        Kontrollmoment control = controls.findById(controlId).orElse(null);
        if (control == null) {
            return;
        }
        // The control may have changed since the timer was set: recompute, and only start a period that has begun.
        Optional<Frequency.Period> next = nextPeriod(control, scheduledFrom(execution)).filter(p -> !p.start().isAfter(times.today()));
        if (next.isEmpty()) {
            return;
        }
        Frequency.Period period = next.get();
        LocalDateTime due = dueAt(period);
        Kontrolltillfalle run = runs.save(new Kontrolltillfalle(null, control.id(), period.start(), period.end(), period.label(), due, null,
                Kontrolltillfalle.Status.PLANNED, null, null, null, null, null, null));
        Map<String, Object> vars = new HashMap<>();
        vars.put("runId", run.id());
        vars.put("controlId", control.id());
        vars.put("year", control.planYear());
        vars.put("title", shortTitle(control) + " – " + period.label());
        vars.put("ansvarigGroup", control.ansvarigGrupp());
        vars.put("ansvarigUser", blankToNull(control.ansvarigPerson()));
        vars.put("escalationGroup", units.managerGroupOf(control.ansvarigGrupp()));
        vars.put("managerGroup", units.managerGroupOf(control.ansvarigGrupp()));
        vars.put("dueDate", Variables.dateValue(times.toDate(due)));
        vars.put("contextUrl", "/internkontroll/" + control.planYear() + "/kontroller/" + control.id() + "#tillfalle-" + run.id());
        vars.put("contextLabel", messages.message("ic.run.contextLabel"));
        String instance = runtimeService.startProcessInstanceByKey(RUN_PROCESS_KEY,
                execution.getProcessBusinessKey(), vars).getId();
        runs.save(run.withProcessInstance(instance));
    }

    /** Starts the yearly scheduling process for every schedulable control of a decided plan. */
    void startAll(int year) {
        controls.findByPlanYearOrderById(year).stream().filter(Kontrollmoment::schedulable).forEach(this::start);
    }

    void start(Kontrollmoment control) {
        String businessKey = new CaseKey(DocumentType.IK, control.planYear()).value() + "-K" + control.id();
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey, Map.of("controlId", control.id(),
                "year", control.planYear(), SCHEDULED_FROM, Variables.dateValue(times.toDate(times.now()))));
    }

    /**
     * After a change of a control in a decided plan: the waiting scheduler recomputes its next
     * period (existing runs stay as they are). If its year was already done, a new scheduler starts.
     */
    void reschedule(Kontrollmoment control) {
        List<MessageCorrelationResult> woken = runtimeService.createMessageCorrelation(CHANGED_MESSAGE)
                .processInstanceVariableEquals("controlId", control.id())
                .correlateAllWithResult();
        if (woken.isEmpty() && control.schedulable() && nextPeriod(control).isPresent()) {
            start(control);
        }
    }

    static String shortTitle(Kontrollmoment control) {
        String text = control.process();
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
