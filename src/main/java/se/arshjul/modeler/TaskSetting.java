package se.arshjul.modeler;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Deadline and routing for one user task of one process (table TASK_SETTING), read by BPMN
 * expressions through {@link TaskSettings}. Empty fields fall back to the model's own value.
 */
@Table
public record TaskSetting(@Id Long id, String processKey, String taskId, String dueDateDuration, String reminderOffset,
                          String candidateGroup, String updatedBy, LocalDateTime updatedAt, @Version Long version) {

    TaskSetting with(String dueDateDuration, String reminderOffset, String candidateGroup, String user, LocalDateTime when) {
        return new TaskSetting(id, processKey, taskId, dueDateDuration, reminderOffset, candidateGroup, user, when, version);
    }
}
