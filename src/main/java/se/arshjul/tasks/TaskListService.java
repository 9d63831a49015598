package se.arshjul.tasks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import se.arshjul.cycle.CaseKey;
import se.arshjul.review.DeadlineNotifier;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.time.SwedishTime;
import se.arshjul.web.PageMessages;
import se.arshjul.security.Units;

/** Reads the task lists from Camunda's TaskService: only tasks of the user or the user's groups. */
@Service
public class TaskListService {
    static final Duration SOON = Duration.ofDays(7);

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final TaskRowFacts rowFacts;
    private final SwedishTime times;
    private final PageMessages messages;
    private final Clock clock;
    private final Map<String, String> processNames = new ConcurrentHashMap<>();
    private final Units units;

    public TaskListService(TaskService taskService, RepositoryService repositoryService,
                           TaskRowFacts rowFacts, SwedishTime times, Clock clock, PageMessages messages, Units units) {
        this.units = units;
        this.messages = messages;
        this.times = times;
        this.clock = clock;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.rowFacts = rowFacts;
    }

    /**
     * One transaction for the page, so its engine queries and plain reads share one pooled connection
     * instead of taking one each (under 20 concurrent sessions the pool wait was most of the latency).
     */
    @Transactional(readOnly = true)
    public TaskPage list(CurrentUser user, TaskFilter filter) {
        return list(user, filter, null);
    }

    /** The same, with the total counted a moment ago for this filter if there is one (saves the count query). */
    @Transactional(readOnly = true)
    public TaskPage list(CurrentUser user, TaskFilter filter, Long knownTotal) {
        TaskQuery query = query(user, filter);
        sort(query, filter);
        int first = filter.page() * TaskFilter.PAGE_SIZE;
        List<Task> tasks = query.listPage(first, TaskFilter.PAGE_SIZE);
        // A page that is not full is the last one, so it gives the total without a count query.
        boolean lastPage = tasks.size() < TaskFilter.PAGE_SIZE && (first == 0 || !tasks.isEmpty());
        long total = lastPage ? first + tasks.size() : knownTotal != null ? Math.max(knownTotal, first + tasks.size()) : query.count();
        return new TaskPage(rows(tasks), total, filter.page(), TaskFilter.PAGE_SIZE);
    }

    public long countMine(CurrentUser user) {
        return taskService.createTaskQuery().active().taskAssignee(user.id()).count();
    }

    /** Unclaimed tasks waiting in the user's groups. */
    public long countGroup(CurrentUser user) {
        if (user.groups().isEmpty()) return 0;
        return taskService.createTaskQuery().active().taskCandidateGroupIn(user.groups()).count();
    }

    /** Approvals waiting for the user's manager, management or secretary groups. */
    public List<TaskRow> awaitingApproval(CurrentUser user, int max) {
        List<String> groups = user.groups().stream().filter(Groups::isApprovalGroup).toList();
        if (groups.isEmpty()) return List.of();
        return rows(taskService.createTaskQuery().active().taskCandidateGroupIn(groups).includeAssignedTasks()
                .orderByDueDate().asc().listPage(0, max));
    }

    /** Overdue tasks routed to any of the user's groups (for managers: their units). */
    public List<TaskRow> overdueInGroups(CurrentUser user, int max) {
        if (user.groups().isEmpty()) return List.of();
        return rows(taskService.createTaskQuery().active().taskCandidateGroupIn(user.groups()).includeAssignedTasks()
                .dueBefore(now()).orderByDueDate().asc().listPage(0, max));
    }

    TaskQuery query(CurrentUser user, TaskFilter filter) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (filter.view() == TaskFilter.View.MINE) {
            query.taskAssignee(user.id());
            if (filter.unit() != null) {
                query.taskCandidateGroup(filter.unit()).includeAssignedTasks();
            }
        } else {
            // A unit filter can only narrow to the user's own groups, never widen.
            List<String> groups = filter.unit() != null && user.groups().contains(filter.unit())
                    ? List.of(filter.unit()) : user.groups();
            query.taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups).includeAssignedTasks();
        }
        if (filter.documentType() != null || filter.year() != null) {
            String type = filter.documentType() == null ? "%" : filter.documentType();
            String year = filter.year() == null ? "%" : String.valueOf(filter.year());
            query.processInstanceBusinessKeyLike(type + "-" + year + "%");
        }
        Date now = now();
        switch (filter.due()) {
            case OVERDUE -> query.dueBefore(now);
            case WEEK -> query.dueAfter(now).dueBefore(new Date(now.getTime() + SOON.toMillis()));
            default -> { }
        }
        return query;
    }

    private static void sort(TaskQuery query, TaskFilter filter) {
        switch (filter.sort()) {
            case CREATED -> query.orderByTaskCreateTime();
            case NAME -> query.orderByTaskName();
            case PRIORITY -> query.orderByTaskPriority();
            default -> query.orderByDueDate();
        }
        if (filter.ascending()) query.asc(); else query.desc();
        query.orderByTaskId().asc();
    }

    List<TaskRow> rows(List<Task> tasks) {
        Map<String, TaskRowFacts.Facts> facts = rowFacts.of(tasks.stream().map(Task::getId).toList());
        Date now = now();
        return tasks.stream().map(t -> new TaskRow(
                t.getId(), "/uppgifter/" + UriUtils.encodePathSegment(t.getId(), StandardCharsets.UTF_8), t.getName(),
                t.getPriority() >= DeadlineNotifier.ESCALATED_PRIORITY,
                processName(t.getProcessDefinitionId()),
                caseLabel(facts.getOrDefault(t.getId(), TaskRowFacts.none()).businessKey()).orElse(""),
                facts.getOrDefault(t.getId(), TaskRowFacts.none()).candidateGroups().stream().map(units::nameOf)
                        .collect(Collectors.joining(", ")),
                t.getAssignee(),
                t.getDueDate() == null ? "–" : times.date(t.getDueDate()),
                dueState(t.getDueDate(), now))).toList();
    }

    /** The case a business key names, as pages show it ("Verksamhetsplan 2023"). */
    Optional<String> caseLabel(String businessKey) {
        return CaseKey.parse(businessKey).map(k -> messages.message("cycle.case", messages.message("cycle.doc." + k.type().name()), k.year()));
    }

    List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    /**
     * A definition's name by id. A deployed definition never changes (a new deployment gets a new id), so
     * each id is looked up once per application run instead of once per page.
     */
    private String processName(String definitionId) {
        if (definitionId == null) return "";
        String known = processNames.get(definitionId);
        if (known != null) return known;
        // Looked up outside the map (computeIfAbsent would block other ids while the query runs).
        var definition = repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        String name = definition == null ? "" : definition.getName() != null ? definition.getName() : definition.getKey();
        processNames.putIfAbsent(definitionId, name);
        return name;
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    static TaskRow.DueState dueState(Date due, Date now) {
        if (due == null) return TaskRow.DueState.NONE;
        if (due.before(now)) return TaskRow.DueState.OVERDUE;
        if (due.getTime() - now.getTime() <= SOON.toMillis()) return TaskRow.DueState.SOON;
        return TaskRow.DueState.OK;
    }
}
