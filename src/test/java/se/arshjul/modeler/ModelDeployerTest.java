package se.arshjul.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.IntegrationTest;

@IntegrationTest
class ModelDeployerTest {

    @Autowired ModelDeployer deployer;
    @Autowired RepositoryService repositoryService;

    @Test
    void startUpDeploysTheTopLevelModelsAndRedeploysNothingUnchanged() throws Exception {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("Granskning").latestVersion().singleResult())
                .as("bpmn/granskning.bpmn deployed at start").isNotNull();
        var deployment = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).orderByDeploymentTime().asc().list().get(0);
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
                .contains("bpmn/granskning.bpmn", "forms/granskning-skriv.form", "forms/granskning-granska.form");
        long versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey("Granskning").count();

        deployer.deployOnStart(); // a restart with the same files

        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("Granskning").count()).isEqualTo(versions);
    }

    @Test
    void onlyAChangedFileBecomesANewVersion() {
        byte[] unchanged = model("DeployerTestB", "Version 1");
        Map<String, byte[]> files = Map.of(
                "bpmn/a.bpmn", model("DeployerTestA", "Version 1"),
                "bpmn/b.bpmn", unchanged);
        assertThat(deployer.deployChanged(files)).hasSize(2);

        var changed = Map.of(
                "bpmn/a.bpmn", model("DeployerTestA", "Version 2"),
                "bpmn/b.bpmn", unchanged);
        assertThat(deployer.deployChanged(changed)).extracting("key").containsExactly("DeployerTestA");

        assertThat(latestVersion("DeployerTestA")).isEqualTo(2);
        assertThat(latestVersion("DeployerTestB")).isEqualTo(1);
    }

    private int latestVersion(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion();
    }

    private static byte[] model(String key, String name) {
        var model = Bpmn.createExecutableProcess(key).name(name).camundaHistoryTimeToLive(30)
                .startEvent("Start").endEvent("End").done();
        return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    }
}
