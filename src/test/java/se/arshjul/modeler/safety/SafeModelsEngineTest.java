package se.arshjul.modeler.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.IntegrationTest;

/** The engine itself refuses code in models on any deployment path, and its expressions cannot reach reflection or other beans. */
@IntegrationTest
class SafeModelsEngineTest {
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired ProcessEngineConfigurationImpl configuration;

    @Test
    void aDeploymentStraightToTheEngineIsRefused() {
        BpmnModelInstance script = Bpmn.createExecutableProcess("SafetyProbeScript").camundaHistoryTimeToLive(1)
                .startEvent().scriptTask("Task_Script").scriptFormat("javascript").scriptText("1").endEvent().done();
        BpmnModelInstance reflection = Bpmn.createExecutableProcess("SafetyProbeReflection").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Reflect").camundaExpression("${''.getClass().forName('java.lang.System')}").endEvent().done();
        for (BpmnModelInstance model : new BpmnModelInstance[] {script, reflection}) {
            assertThatThrownBy(() -> repositoryService.createDeployment().addModelInstance("probe.bpmn", model).deploy())
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Model refused");
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKeyLike("SafetyProbe%").count()).isZero();
    }

    @Test
    void atRunTimeExpressionsReachNeitherReflectionNorOtherBeans() {
        BpmnModelInstance wait = Bpmn.createExecutableProcess("SafetyProbeWait").camundaHistoryTimeToLive(1)
                .startEvent().receiveTask("Wait").endEvent().done();
        String deployment = repositoryService.createDeployment().addModelInstance("wait.bpmn", wait).deploy().getId();
        try {
            ProcessInstance pi = runtimeService.startProcessInstanceByKey("SafetyProbeWait");
            assertThatThrownBy(() -> evaluate(pi.getId(), "${execution.getClass().getName()}")).hasMessageContaining("refused");
            assertThatThrownBy(() -> evaluate(pi.getId(), "${identityService}")).isInstanceOf(ProcessEngineException.class);
            assertThat(evaluate(pi.getId(), "${taskSettings != null}")).isEqualTo(true);
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    private Object evaluate(String executionId, String expression) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
            return configuration.getExpressionManager().createExpression(expression).getValue(execution);
        });
    }
}
