package se.arshjul.tasks;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.security.CurrentUser;
import se.arshjul.web.ForbiddenException;

/** Claim, release, reassign, comment and complete: each checked on the server before the engine acts. */
@Service
public class TaskActions {
    static final int MAX_COMMENT = 4000;

    private final TaskService taskService;
    private final IdentityService identityService;
    private final TaskAccess access;
    private final TaskForms forms;

    public TaskActions(TaskService taskService, IdentityService identityService, TaskAccess access, TaskForms forms) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.access = access;
        this.forms = forms;
    }

    public void claim(String taskId, CurrentUser user) {
        Task task = access.requireVisible(taskId, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
            throw new TaskActionException("Uppgiften har redan tagits av " + task.getAssignee() + ".");
        }
        if (!access.isCandidate(task, user)) {
            throw new ForbiddenException("Du kan bara ta uppgifter som är ställda till dina grupper.");
        }
        engine(() -> taskService.claim(taskId, user.id()));
    }

    public void unclaim(String taskId, CurrentUser user) {
        Task task = access.requireVisible(taskId, user);
        if (!user.id().equals(task.getAssignee()) && !user.isManager()) {
            throw new ForbiddenException("Bara den som har uppgiften eller en chef kan lämna tillbaka den.");
        }
        engine(() -> taskService.setAssignee(taskId, null));
    }

    public void reassign(String taskId, String targetUser, CurrentUser user) {
        Task task = access.requireVisible(taskId, user);
        if (!user.isManager()) {
            throw new ForbiddenException("Bara chefer kan tilldela uppgifter till andra.");
        }
        String target = targetUser == null ? "" : targetUser.trim();
        var candidate = identityService.createUserQuery().userId(target).singleResult();
        if (candidate == null) {
            throw new TaskActionException(Map.of("assignee", "Användaren \"" + target + "\" finns inte."));
        }
        var groups = identityService.createGroupQuery().groupMember(target).list().stream().map(g -> g.getId()).toList();
        if (!access.isCandidate(task, new CurrentUser(target, groups))) {
            throw new TaskActionException(Map.of("assignee", "Användaren ingår inte i någon av uppgiftens grupper."));
        }
        engine(() -> taskService.setAssignee(taskId, target));
    }

    public void comment(String taskId, String text, CurrentUser user) {
        Task task = access.requireVisible(taskId, user);
        String comment = text == null ? "" : text.strip();
        if (comment.isEmpty()) {
            throw new TaskActionException(Map.of("comment", "Skriv en kommentar."));
        }
        if (comment.length() > MAX_COMMENT) {
            throw new TaskActionException(Map.of("comment", "Kommentaren får vara högst " + MAX_COMMENT + " tecken."));
        }
        taskService.createComment(task.getId(), task.getProcessInstanceId(), comment);
    }

    /** Validates the submitted form, takes an unclaimed task, and completes it: all or nothing. */
    @org.springframework.transaction.annotation.Transactional
    public void complete(String taskId, Map<String, String> submitted, CurrentUser user) {
        Task task = access.requireVisible(taskId, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
            throw new ForbiddenException("Uppgiften är tilldelad " + task.getAssignee() + ". Ta den först om du ska slutföra den.");
        }
        if (task.getAssignee() == null && !access.isCandidate(task, user)) {
            throw new ForbiddenException("Du kan bara slutföra uppgifter som är ställda till dig eller dina grupper.");
        }
        TaskForms.Result result = forms.validate(taskId, submitted);
        if (!result.errors().isEmpty()) {
            throw new TaskActionException(result.errors());
        }
        engine(() -> {
            if (task.getAssignee() == null) {
                taskService.claim(taskId, user.id());
            }
            taskService.complete(taskId, result.values());
        });
    }

    /** Engine rule violations (four-eyes, required comment) become messages; nothing was saved. */
    private static void engine(Runnable action) {
        try {
            action.run();
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new TaskActionException("Någon annan hann ta uppgiften före dig.");
        } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
            throw new TaskActionException("Uppgiften ändrades av någon annan samtidigt. Ladda om sidan och försök igen.");
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            // The engine wraps exceptions from task listeners ("Exception while invoking TaskListener").
            TaskRuleViolation violation = ruleViolation(e);
            if (violation == null) throw e;
            throw new TaskActionException(Map.of(violation.field() == null ? "" : violation.field(), violation.getMessage()));
        }
    }

    private static TaskRuleViolation ruleViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TaskRuleViolation violation) return violation;
        }
        return null;
    }
}
