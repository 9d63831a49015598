package se.arshjul.modeler;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Applies the admin's settings to a user task as it is created: the due date (now + the configured
 * duration) and the candidate group, which replaces the model's. Registered on every user task of
 * every model by {@link TaskSettingsPlugin}, so models name neither their process key nor task ids.
 */
class TaskSettingsListener implements TaskListener {
    private final ObjectProvider<TaskSettings> settings;

    TaskSettingsListener(ObjectProvider<TaskSettings> settings) {
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        String processKey = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
        String taskId = task.getTaskDefinitionKey();
        TaskSettings s = settings.getObject();
        task.setDueDate(s.dueDate(processKey, taskId, task.getDueDate()));
        s.candidateGroup(processKey, taskId).ifPresent(group -> {
            for (IdentityLink link : task.getCandidates()) {
                if (link.getGroupId() != null) task.deleteCandidateGroup(link.getGroupId());
            }
            task.addCandidateGroup(group);
        });
    }
}
