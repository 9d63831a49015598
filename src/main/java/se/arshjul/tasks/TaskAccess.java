package se.arshjul.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import se.arshjul.security.CurrentUser;
import se.arshjul.web.ForbiddenException;
import se.arshjul.web.NotFoundException;

/** Server-side rule for every task action: a user reaches only tasks assigned to them or their groups. */
@Component
public class TaskAccess {

    private final TaskService taskService;

    public TaskAccess(TaskService taskService) {
        this.taskService = taskService;
    }

    public Task requireVisible(String taskId, CurrentUser user) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("task.notFound");
        }
        if (!isVisible(task, user)) {
            throw new ForbiddenException("task.forbidden");
        }
        return task;
    }

    public boolean isVisible(Task task, CurrentUser user) {
        if (user.id().equals(task.getAssignee()) || user.id().equals(task.getOwner())) {
            return true;
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) continue;
            if (user.id().equals(link.getUserId()) || (link.getGroupId() != null && user.groups().contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    /** Members of a task's candidate groups may take it; so may its candidate users. */
    public boolean isCandidate(Task task, CurrentUser user) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> user.id().equals(l.getUserId()) || (l.getGroupId() != null && user.groups().contains(l.getGroupId())));
    }
}
