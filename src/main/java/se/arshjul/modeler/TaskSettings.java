package se.arshjul.modeler;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.arshjul.time.IsoDurations;

/**
 * Expression bean for deadlines and routing without XML, e.g.
 * {@code camunda:dueDate="${taskSettings.dueDate(execution, 'Granskning', 'Task_ReviewSection', reviewDueDate)}"}.
 * Each method returns the admin's setting when there is one and the model's own value otherwise,
 * so a model using it behaves exactly as before until a setting is saved. Settings are read when
 * the task is created: a change applies to tasks created afterwards.
 */
@Component("taskSettings")
public class TaskSettings {
    static final String DEFAULT_REMINDER = "P3D";

    private final TaskSettingRepository repository;

    TaskSettings(TaskSettingRepository repository) {
        this.repository = repository;
    }

    /** Due date: now + the configured duration, else the model's value (a Date, or null). */
    public Object dueDate(VariableScope execution, String processKey, String taskId, Object modelValue) {
        return setting(processKey, taskId).map(TaskSetting::dueDateDuration).filter(TaskSettings::present)
                .<Object>map(d -> IsoDurations.plus(ClockUtil.getCurrentTime(), d))
                .orElse(modelValue);
    }

    /** Candidate group: the configured group, else the model's value. */
    public String candidateGroup(VariableScope execution, String processKey, String taskId, String modelValue) {
        return setting(processKey, taskId).map(TaskSetting::candidateGroup).filter(TaskSettings::present).orElse(modelValue);
    }

    /** Reminder time: the due date (as {@link #dueDate}) minus the configured offset, else minus {@code reminderBefore} or P3D. */
    public Date reminderAt(VariableScope execution, String processKey, String taskId, Object modelDueDate) {
        Object due = dueDate(execution, processKey, taskId, modelDueDate);
        if (!(due instanceof Date date)) {
            return null;
        }
        String offset = setting(processKey, taskId).map(TaskSetting::reminderOffset).filter(TaskSettings::present)
                .orElseGet(() -> execution.getVariable("reminderBefore") instanceof String s && present(s) ? s : DEFAULT_REMINDER);
        return IsoDurations.minus(date, offset);
    }

    Optional<TaskSetting> setting(String processKey, String taskId) {
        return repository.findByProcessKeyAndTaskId(processKey, taskId);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
