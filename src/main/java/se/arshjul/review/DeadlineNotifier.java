package se.arshjul.review;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import se.arshjul.notifications.Notification;
import se.arshjul.notifications.NotificationService;
import se.arshjul.time.SwedishTime;
import se.arshjul.web.PageMessages;

/** Reminders before and escalations after a task's deadline (called from the models' timer paths). */
@Component("deadlineNotifier")
public class DeadlineNotifier {

    /** Escalated tasks get this priority; the task list shows them as escalated. */
    public static final int ESCALATED_PRIORITY = 80;

    private final TaskService taskService;
    private final NotificationService notifications;
    private final PageMessages messages;
    private final SwedishTime times;

    public DeadlineNotifier(TaskService taskService, NotificationService notifications, PageMessages messages, SwedishTime times) {
        this.taskService = taskService;
        this.notifications = notifications;
        this.messages = messages;
        this.times = times;
    }

    public void remind(DelegateExecution execution, String taskKey) {
        Task task = openTask(execution, taskKey);
        if (task != null) remind(task);
    }

    public void escalate(DelegateExecution execution, String taskKey, String escalationGroup) {
        Task task = openTask(execution, taskKey);
        if (task != null) escalate(task, escalationGroup);
    }

    /**
     * One timer path for every task of a process that has one open task at a time: a timer before
     * the task's due date reminds, a timer at or after it escalates.
     */
    public void remindOrEscalate(DelegateExecution execution, String escalationGroup) {
        Date now = times.toDate(times.now());
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list()) {
            if (task.getDueDate() != null && !task.getDueDate().after(now)) escalate(task, escalationGroup);
            else remind(task);
        }
    }

    private void remind(Task task) {
        notifications.notifyUsers(responsible(task), Notification.Kind.REMINDER,
                text("review.reminder.title", task.getName(), times.longDate(task.getDueDate())),
                text("review.reminder.body"), "/uppgifter/" + task.getId());
    }

    private void escalate(Task task, String escalationGroup) {
        taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
        String title = text("review.escalation.title", task.getName(), times.longDate(task.getDueDate()));
        notifications.notifyUsers(responsible(task), Notification.Kind.ESCALATION, title,
                text("review.escalation.body"), "/uppgifter/" + task.getId());
        if (escalationGroup != null) {
            notifications.notifyGroups(List.of(escalationGroup), Notification.Kind.ESCALATION, title,
                    text("review.escalation.groupBody"), "/uppgifter/" + task.getId());
        }
    }

    private Task openTask(DelegateExecution execution, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** The assignee, or else every member of the candidate groups. */
    private Collection<String> responsible(Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        return notifications.membersOf(groups);
    }

    private String text(String key, Object... args) {
        return messages.message(key, args);
    }
}
