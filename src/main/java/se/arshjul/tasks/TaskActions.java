package se.arshjul.tasks;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.security.CurrentUser;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.FormReader;
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
            throw new ActionRefusedException("task.claim.taken", task.getAssignee());
        }
        if (!access.isCandidate(task, user)) {
            throw new ForbiddenException("task.claim.notCandidate");
        }
        engine(() -> taskService.claim(taskId, user.id()));
    }

    public void unclaim(String taskId, CurrentUser user) {
        Task task = access.requireVisible(taskId, user);
        if (!user.id().equals(task.getAssignee()) && !user.isManager()) {
            throw new ForbiddenException("task.unclaim.forbidden");
        }
        engine(() -> taskService.setAssignee(taskId, null));
    }

    public void reassign(String taskId, String targetUser, CurrentUser user) {
        Task task = access.requireVisible(taskId, user);
        if (!user.isManager()) {
            throw new ForbiddenException("task.reassign.forbidden");
        }
        String target = targetUser == null ? "" : targetUser.trim();
        var candidate = identityService.createUserQuery().userId(target).singleResult();
        if (candidate == null) {
            throw FieldErrors.single("assignee", "task.reassign.unknownUser", target);
        }
        var groups = identityService.createGroupQuery().groupMember(target).list().stream().map(g -> g.getId()).toList();
        if (!access.isCandidate(task, new CurrentUser(target, groups))) {
            throw FieldErrors.single("assignee", "task.reassign.notInGroups");
        }
        engine(() -> taskService.setAssignee(taskId, target));
    }

    public void comment(String taskId, String text, CurrentUser user) {
        Task task = access.requireVisible(taskId, user);
        FormReader form = new FormReader();
        String comment = form.required("comment", text, MAX_COMMENT);
        form.throwIfAny();
        taskService.createComment(task.getId(), task.getProcessInstanceId(), comment);
    }

    /** Validates the submitted form, takes an unclaimed task, and completes it: all or nothing. */
    @org.springframework.transaction.annotation.Transactional
    public void complete(String taskId, Map<String, String> submitted, CurrentUser user) {
        Task task = access.requireVisible(taskId, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
            throw new ForbiddenException("task.complete.assignedToOther", task.getAssignee());
        }
        if (task.getAssignee() == null && !access.isCandidate(task, user)) {
            throw new ForbiddenException("task.complete.notCandidate");
        }
        TaskForms.Result result = forms.validate(taskId, submitted);
        result.errors().throwIfAny();
        engine(() -> {
            if (task.getAssignee() == null) {
                taskService.claim(taskId, user.id());
            }
            taskService.complete(taskId, result.values());
        });
    }

    /** Engine rule violations (four-eyes, required comment) become the core refusals; nothing was saved. */
    private static void engine(Runnable action) {
        try {
            action.run();
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new ActionRefusedException("task.claim.raced");
        } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
            throw new ActionRefusedException("task.changedMeanwhile");
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            throw TaskRuleViolation.in(e).map(TaskRuleViolation::toUserException).orElse(e);
        }
    }
}
