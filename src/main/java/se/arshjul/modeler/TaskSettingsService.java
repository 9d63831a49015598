package se.arshjul.modeler;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

import se.arshjul.security.CurrentUser;
import se.arshjul.time.IsoDurations;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.validation.Texts;
import se.arshjul.web.PageMessages;

/** Admin side of the deadline/routing settings: list, validate, save (audited) and remove. */
@Service
public class TaskSettingsService {

    /** A user task of the latest version of a process, with the model's own values and the admin's setting (or null). */
    public record Row(String processKey, String taskId, String taskName, String modelDueDate, String modelCandidateGroups,
                      TaskSetting setting) {
    }

    private final TaskSettingRepository repository;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final ModelAuditLog audit;
    private final PageMessages messages;
    private final SwedishTime times;

    TaskSettingsService(TaskSettingRepository repository, RepositoryService repositoryService, IdentityService identityService,
                        ModelAuditLog audit, PageMessages messages, SwedishTime times) {
        this.messages = messages;
        this.times = times;
        this.repository = repository;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.audit = audit;
    }

    /** Every user task of the latest version of every process. */
    public List<Row> rows(CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        List<Row> rows = new ArrayList<>();
        for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()) {
            for (UserTask task : repositoryService.getBpmnModelInstance(d.getId()).getModelElementsByType(UserTask.class)) {
                rows.add(new Row(d.getKey(), task.getId(), task.getName(), task.getCamundaDueDate(), task.getCamundaCandidateGroups(),
                        repository.findByProcessKeyAndTaskId(d.getKey(), task.getId()).orElse(null)));
            }
        }
        return rows;
    }

    /** Saves (or with all fields empty, removes) the setting; refused with {@link InvalidInputException} when a value is wrong. */
    public void save(String processKey, String taskId, String dueDateDuration, String reminderOffset,
                     String candidateGroup, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        String due = normalize(dueDateDuration);
        String reminder = normalize(reminderOffset);
        String group = Texts.clean(candidateGroup);
        FieldErrors errors = new FieldErrors();
        if (due != null && !IsoDurations.isValid(due)) errors.reject("dueDateDuration", "modeler.setting.duration", dueDateDuration);
        if (reminder != null && !IsoDurations.isValid(reminder)) errors.reject("reminderOffset", "modeler.setting.reminder", reminderOffset);
        if (group != null && identityService.createGroupQuery().groupId(group).count() == 0) {
            errors.reject("candidateGroup", "modeler.setting.group", group);
        }
        if (rows(user).stream().noneMatch(r -> r.processKey().equals(processKey) && r.taskId().equals(taskId))) {
            errors.reject("taskId", "modeler.setting.task", taskId, processKey);
        }
        errors.throwIfAny();
        var existing = repository.findByProcessKeyAndTaskId(processKey, taskId);
        String details;
        if (due == null && reminder == null && group == null) {
            existing.ifPresent(repository::delete);
            details = text("modeler.setting.audit.removed");
        } else {
            LocalDateTime now = times.now();
            repository.save(existing.map(s -> s.with(due, reminder, group, user.id(), now))
                    .orElseGet(() -> new TaskSetting(null, processKey, taskId, due, reminder, group, user.id(), now, null)));
            details = text("modeler.setting.audit", orDash(due), orDash(reminder), orDash(group));
        }
        audit.record(user.id(), ModelAuditEntry.SETTING, taskId, processKey, null, null, null, details);
    }

    private String text(String key, Object... args) {
        return messages.message(key, args);
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }

    private static String normalize(String iso) {
        return iso == null || iso.isBlank() ? null : iso.trim().toUpperCase(Locale.ROOT);
    }
}
