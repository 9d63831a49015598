package se.arshjul.modeler;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Component;

import se.arshjul.time.DeadlineDefaults;
import se.arshjul.time.IsoDurations;

/**
 * The admin's deadline and routing settings per user task (process key + task id), applied to every
 * user task of every model ({@link TaskSettingsPlugin}); a deadline timer attached to a user task
 * reads the task's due date here, e.g.
 * {@code <timeDate>${taskSettings.reminderAt(execution)}</timeDate>}. Without a setting the model's own
 * values apply ({@code camunda:dueDate}, {@code camunda:candidateGroups}); the reminder offset falls back
 * to the process variable {@code reminderBefore}, then to {@code arshjul.deadlines.reminder-before}.
 * Settings are read when the task is created: a change applies to tasks created afterwards.
 */
@Component("taskSettings")
public class TaskSettings {
    private final TaskSettingRepository repository;
    private final IsoDurations durations;
    private final DeadlineDefaults defaults;

    TaskSettings(TaskSettingRepository repository, IsoDurations durations, DeadlineDefaults defaults) {
        this.repository = repository;
        this.durations = durations;
        this.defaults = defaults;
    }

    /** Due date of the user task a deadline timer is attached to (the timer's execution is the task's), settings applied. */
    public Date dueDate(DelegateExecution execution) {
        Expression due = ((UserTaskActivityBehavior) userTask(execution).getActivityBehavior()).getTaskDefinition().getDueDateExpression();
        return due != null && due.getValue(execution) instanceof Date d ? d : null;
    }

    /** When to remind about the user task a reminder timer is attached to; null (no reminder) without a due date. */
    public Date reminderAt(DelegateExecution execution) {
        ActivityImpl task = userTask(execution);
        return reminderAt(execution, TaskSettingsExpressions.processKey(execution), task.getId(), dueDate(execution));
    }

    /** The admin's due date (now + the configured duration), else null. */
    Date configuredDueDate(String processKey, String taskId) {
        return setting(processKey, taskId).map(TaskSetting::dueDateDuration).filter(TaskSettings::present)
                .map(durations::fromNow).orElse(null);
    }

    private Date dueDate(String processKey, String taskId, Date modelValue) {
        Date configured = configuredDueDate(processKey, taskId);
        return configured != null ? configured : modelValue;
    }

    Optional<String> candidateGroup(String processKey, String taskId) {
        return setting(processKey, taskId).map(TaskSetting::candidateGroup).filter(TaskSettings::present);
    }

    private Date reminderAt(VariableScope scope, String processKey, String taskId, Date due) {
        if (due == null) return null;
        String offset = setting(processKey, taskId).map(TaskSetting::reminderOffset).filter(TaskSettings::present)
                .orElseGet(() -> scope.getVariable("reminderBefore") instanceof String s && present(s) ? s : defaults.reminderBefore());
        return durations.minus(due, offset);
    }

    /** As {@link #dueDate(DelegateExecution)}, for instances of model versions deployed before the settings applied themselves. */
    public Object dueDate(VariableScope execution, String processKey, String taskId, Object modelValue) {
        return dueDate(processKey, taskId, modelValue instanceof Date d ? d : null);
    }

    /** As the task's candidate group, for instances of earlier model versions. */
    public String candidateGroup(VariableScope execution, String processKey, String taskId, String modelValue) {
        return candidateGroup(processKey, taskId).orElse(modelValue);
    }

    /** As {@link #reminderAt(DelegateExecution)}, for instances of earlier model versions. */
    public Date reminderAt(VariableScope execution, String processKey, String taskId, Object modelDueDate) {
        return reminderAt(execution, processKey, taskId, dueDate(processKey, taskId, modelDueDate instanceof Date d ? d : null));
    }

    Optional<TaskSetting> setting(String processKey, String taskId) {
        return repository.findByProcessKeyAndTaskId(processKey, taskId);
    }

    private static ActivityImpl userTask(DelegateExecution execution) {
        ActivityImpl activity = ((ExecutionEntity) execution).getActivity();
        if (activity == null || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior)) {
            throw new IllegalStateException("A task deadline is read on a timer attached to a user task, not at "
                    + (activity == null ? "no activity" : activity.getId()));
        }
        return activity;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
