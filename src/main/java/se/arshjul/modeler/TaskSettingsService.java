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

/** Admin side of the deadline/routing settings: list, validate, save (audited) and remove. */
@Service
public class TaskSettingsService {

    /** A user task of the latest version of a process, with its setting (or null). */
    public record Row(String processKey, String taskId, String taskName, String modelDueDate, String modelCandidateGroups,
                      boolean usesSettings, TaskSetting setting) {
    }

    private final TaskSettingRepository repository;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final ModelAuditLog audit;

    TaskSettingsService(TaskSettingRepository repository, RepositoryService repositoryService, IdentityService identityService,
                        ModelAuditLog audit) {
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
                String due = task.getCamundaDueDate();
                String groups = task.getCamundaCandidateGroups();
                boolean uses = (due != null && due.contains("taskSettings")) || (groups != null && groups.contains("taskSettings"));
                rows.add(new Row(d.getKey(), task.getId(), task.getName(), due, groups, uses,
                        repository.findByProcessKeyAndTaskId(d.getKey(), task.getId()).orElse(null)));
            }
        }
        return rows;
    }

    /** Saves (or with all fields empty, removes) the setting; returns the validation errors, empty when saved. */
    public List<String> save(String processKey, String taskId, String dueDateDuration, String reminderOffset,
                             String candidateGroup, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        String due = normalize(dueDateDuration);
        String reminder = normalize(reminderOffset);
        String group = candidateGroup == null || candidateGroup.isBlank() ? null : candidateGroup.trim();
        List<String> errors = new ArrayList<>();
        if (due != null && !se.arshjul.time.IsoDurations.isValid(due)) {
            errors.add("Förfallotiden \"" + dueDateDuration + "\" är ingen ISO-8601-period (t.ex. P10D eller PT36H).");
        }
        if (reminder != null && !se.arshjul.time.IsoDurations.isValid(reminder)) {
            errors.add("Påminnelsen \"" + reminderOffset + "\" är ingen ISO-8601-period (t.ex. P3D).");
        }
        if (group != null && identityService.createGroupQuery().groupId(group).count() == 0) {
            errors.add("Gruppen \"" + group + "\" finns inte.");
        }
        boolean taskExists = rows(user).stream().anyMatch(r -> r.processKey().equals(processKey) && r.taskId().equals(taskId));
        if (!taskExists) {
            errors.add("Användaruppgiften \"" + taskId + "\" finns inte i senaste versionen av " + processKey + ".");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        var existing = repository.findByProcessKeyAndTaskId(processKey, taskId);
        String details = "Förfallotid " + (due == null ? "–" : due) + ", påminnelse " + (reminder == null ? "–" : reminder)
                + ", kandidatgrupp " + (group == null ? "–" : group);
        if (due == null && reminder == null && group == null) {
            existing.ifPresent(repository::delete);
            details = "Inställningen borttagen; modellens egna värden gäller.";
        } else {
            repository.save(existing.map(s -> s.with(due, reminder, group, user.id(), LocalDateTime.now()))
                    .orElseGet(() -> new TaskSetting(null, processKey, taskId, due, reminder, group, user.id(), LocalDateTime.now(), null)));
        }
        audit.record(user.id(), ModelAuditEntry.SETTING, taskId, processKey, null, null, null, details);
        return List.of();
    }

    private static String normalize(String iso) {
        return iso == null || iso.isBlank() ? null : iso.trim().toUpperCase(Locale.ROOT);
    }
}
