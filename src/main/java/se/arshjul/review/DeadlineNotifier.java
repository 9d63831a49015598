package se.arshjul.review;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import se.arshjul.notifications.Notification;
import se.arshjul.notifications.NotificationService;

/** Reminders before and escalations after a review task's deadline (called from the timer paths). */
@Component("deadlineNotifier")
public class DeadlineNotifier {

    /** Escalated tasks get this priority; the task list shows them as escalated. */
    public static final int ESCALATED_PRIORITY = 80;

    private final TaskService taskService;
    private final NotificationService notifications;

    public DeadlineNotifier(TaskService taskService, NotificationService notifications) {
        this.taskService = taskService;
        this.notifications = notifications;
    }

    public void remind(DelegateExecution execution, String taskKey) {
        Task task = openTask(execution, taskKey);
        if (task == null) {
            return;
        }
        notifications.notifyUsers(responsible(task), Notification.Kind.REMINDER,
                "Påminnelse: " + task.getName() + " ska vara klar " + format(task),
                "Uppgiften förfaller snart.", "/uppgifter/" + task.getId());
    }

    public void escalate(DelegateExecution execution, String taskKey, String escalationGroup) {
        Task task = openTask(execution, taskKey);
        if (task == null) {
            return;
        }
        taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
        String title = "Försenad: " + task.getName() + " (förföll " + format(task) + ")";
        notifications.notifyUsers(responsible(task), Notification.Kind.ESCALATION, title,
                "Uppgiften har passerat sin deadline och har eskalerats till chefen.", "/uppgifter/" + task.getId());
        if (escalationGroup != null) {
            notifications.notifyGroups(List.of(escalationGroup), Notification.Kind.ESCALATION, title,
                    "En uppgift i din verksamhet har passerat sin deadline.", "/uppgifter/" + task.getId());
        }
    }

    private Task openTask(DelegateExecution execution, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** The assignee, or else every member of the candidate groups. */
    private java.util.Collection<String> responsible(Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        return notifications.membersOf(groups);
    }

    private static String format(Task task) {
        return task.getDueDate() == null ? "" : new SimpleDateFormat("d MMMM yyyy", Locale.forLanguageTag("sv")).format(task.getDueDate());
    }
}
