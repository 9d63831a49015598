package se.arshjul.modeler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one place the admin's task settings reach the processes: as the engine parses a model, every
 * user task's due date and candidate groups are wrapped so that a setting for (process key, task id)
 * wins over the model's own value ({@link TaskSettingsExpressions}). Models name neither their process
 * key nor their task ids for this; their deadline timers read the same due date through
 * {@code ${taskSettings.dueDate(execution)}} and {@code ${taskSettings.reminderAt(execution)}}.
 */
@Component
class TaskSettingsPlugin extends AbstractProcessEnginePlugin {
    private final ObjectProvider<TaskSettings> settings;

    TaskSettingsPlugin(ObjectProvider<TaskSettings> settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                apply(((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition(), activity.getId());
            }
        });
    }

    private void apply(TaskDefinition task, String taskId) {
        task.setDueDateExpression(new TaskSettingsExpressions.DueDate(settings, taskId, task.getDueDateExpression()));
        Set<Expression> modelGroups = new LinkedHashSet<>(task.getCandidateGroupIdExpressions());
        task.getCandidateGroupIdExpressions().clear();
        task.addCandidateGroupIdExpression(new TaskSettingsExpressions.CandidateGroups(settings, taskId, modelGroups));
    }
}
