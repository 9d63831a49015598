package se.arshjul.cycle;

import se.arshjul.security.Units;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import se.arshjul.security.Groups;
import se.arshjul.time.SwedishTime;
import se.arshjul.web.PageMessages;

/** The year overview: each cycle's dates, state, progress (tasks done / total) and overdue tasks by unit. */
@Service
public class CycleOverview {
    private final CycleCalendars calendars;
    private final List<CycleLauncher> launchers;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final SwedishTime times;
    private final PageMessages messages;
    private final Units units;

    CycleOverview(CycleCalendars calendars, List<CycleLauncher> launchers, HistoryService historyService, TaskService taskService,
                  SwedishTime times, PageMessages messages, Units units) {
        this.units = units;
        this.times = times;
        this.messages = messages;
        this.calendars = calendars;
        this.launchers = launchers;
        this.historyService = historyService;
        this.taskService = taskService;
    }

    /** How far a cycle has come; the page shows {@code cycle.state.<STATE>}. */
    public enum State { UPCOMING, MISSED, RUNNING, ENDED }

    public record CycleRow(CycleCalendar calendar, State state, boolean started, boolean ended, long tasksDone, long tasksTotal,
                           Map<String, Long> overdueByUnit, Optional<String> documentUrl) {
        public int percentDone() {
            return tasksTotal == 0 ? 0 : (int) (tasksDone * 100 / tasksTotal);
        }

        public long overdueTotal() {
            return overdueByUnit.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public List<CycleRow> year(int year) {
        LocalDate today = times.today();
        return calendars.forYear(year).stream().map(c -> row(c, today)).toList();
    }

    private CycleRow row(CycleCalendar calendar, LocalDate today) {
        CycleLauncher launcher = ArshjulWheel.launcher(launchers, calendar.docType());
        String key = calendar.caseKey().value();
        boolean started = launcher.isStarted(calendar.cycleYear(), calendar.docType());
        if (!started) {
            State state = calendar.startDate().isAfter(today) ? State.UPCOMING : State.MISSED;
            return new CycleRow(calendar, state, false, false, 0, 0, Map.of(), Optional.empty());
        }
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(launcher.processKey(calendar.docType())).processInstanceBusinessKey(key).singleResult();
        boolean ended = instance != null && instance.getEndTime() != null;
        long total = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key).count();
        long done = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key).finished().count();
        Map<String, Long> overdue = new TreeMap<>();
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(key).dueBefore(times.toDate(times.now())).list()) {
            overdue.merge(owner(task), 1L, Long::sum);
        }
        State state = ended ? State.ENDED : State.RUNNING;
        return new CycleRow(calendar, state, true, ended, done, total, overdue, launcher.documentUrl(calendar.cycleYear(), calendar.docType()));
    }

    /** The unit a task waits for: its candidate group, or the person it is assigned to. */
    private String owner(Task task) {
        if (task.getAssignee() != null) return messages.message("cycle.owner.assigned", task.getAssignee());
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> units.nameOf(l.getGroupId())).findFirst().orElseGet(() -> messages.message("cycle.owner.unknown"));
    }
}
