package se.arshjul.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.security.CurrentUser;
import se.arshjul.support.IntegrationTest;
import se.arshjul.web.ForbiddenException;

/** Deploying from the admin pages: validation, versions, audit log and migration on the real engine. */
@IntegrationTest
class ModelDeploymentServiceTest {

    static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));

    @Autowired ModelDeploymentService deployments;
    @Autowired ModelMigrationService migrations;
    @Autowired ModelAuditLog audit;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ProcessEngine engine;

    static String uniqueKey(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    long versions(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count();
    }

    ProcessDefinition latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    DeployResult deploy(String fileName, String xml) {
        return deployments.deploy(List.of(TestModels.file(fileName, xml)), ADMIN);
    }

    ProcessInstance start(String key) {
        return runtimeService.startProcessInstanceByKey(key, Map.of("dueDate", new Date()));
    }

    @Test
    void changedModelBecomesNewVersionWhileRunningInstancesStayAndMigrationMovesThemWithTheirTasks() {
        String key = uniqueKey("ModellerTest");
        DeployResult first = deploy("modellertest.bpmn", TestModels.valid(key, "Version ett"));
        assertThat(first.ok()).as(first.errors().toString()).isTrue();
        ProcessDefinition v1 = latest(key);
        ProcessInstance a = start(key);
        ProcessInstance b = start(key);
        Task taskA = taskService.createTaskQuery().processInstanceId(a.getId()).singleResult();

        DeployResult second = deploy("modellertest.bpmn", TestModels.process(key, "Version två", TestModels.GOOD_TASK, true));
        assertThat(second.ok()).isTrue();
        ProcessDefinition v2 = latest(key);
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        assertThat(second.versions()).singleElement().satisfies(v -> {
            assertThat(v.fromVersion()).isEqualTo(v1.getVersion());
            assertThat(v.toVersion()).isEqualTo(v2.getVersion());
        });
        var deployment = repositoryService.createDeploymentQuery().deploymentId(v2.getDeploymentId()).singleResult();
        assertThat(deployment.getName()).isEqualTo("arshjul-admin");
        assertThat(deployment.getSource()).isEqualTo("admin");
        // running instances keep their version
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(v1.getId()).count()).isEqualTo(2);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(v2.getId()).count()).isZero();
        assertThat(audit.forProcess(key)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(ModelAuditEntry.DEPLOY);
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.fromVersion()).isEqualTo(v1.getVersion());
            assertThat(e.toVersion()).isEqualTo(v2.getVersion());
        });

        var plan = migrations.plan(v1.getId(), ADMIN);
        assertThat(plan.valid()).as(plan.validationErrors().toString()).isTrue();
        assertThat(plan.instances()).isEqualTo(2);
        assertThat(plan.instructions()).extracting(ModelMigrationService.Instruction::sourceActivityId).contains("Task_First");

        var result = migrations.execute(v1.getId(), ADMIN);
        assertThat(result.migrated()).isEqualTo(2);
        assertThat(result.failures()).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(v2.getId()).list())
                .extracting(ProcessInstance::getId).containsExactlyInAnyOrder(a.getId(), b.getId());
        Task migratedTask = taskService.createTaskQuery().taskId(taskA.getId()).singleResult();
        assertThat(migratedTask.getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(migratedTask.getTaskDefinitionKey()).isEqualTo("Task_First");
        // the new version's path is taken after the migrated task
        taskService.complete(migratedTask.getId());
        assertThat(taskService.createTaskQuery().processInstanceId(a.getId()).singleResult().getTaskDefinitionKey()).isEqualTo("Task_Second");
        assertThat(audit.forProcess(key)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(ModelAuditEntry.MIGRATE);
            assertThat(e.fromVersion()).isEqualTo(v1.getVersion());
            assertThat(e.toVersion()).isEqualTo(v2.getVersion());
            assertThat(e.details()).contains("Migrerade 2");
        });
    }

    @Test
    void migrationReportsInstancesWhoseActivityIsGoneAsFailuresWithReason() {
        String key = uniqueKey("ModellerTestGone");
        assertThat(deploy("gone.bpmn", TestModels.process(key, "Ett", TestModels.GOOD_TASK, true)).ok()).isTrue();
        ProcessDefinition v1 = latest(key);
        ProcessInstance atSecond = start(key);
        taskService.complete(taskService.createTaskQuery().processInstanceId(atSecond.getId()).singleResult().getId());
        ProcessInstance atFirst = start(key);
        assertThat(deploy("gone.bpmn", TestModels.valid(key, "Två")).ok()).isTrue();

        var plan = migrations.plan(v1.getId(), ADMIN);
        assertThat(plan.valid()).isTrue();
        var result = migrations.execute(v1.getId(), ADMIN);
        assertThat(result.migrated()).isEqualTo(1);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.processInstanceId()).isEqualTo(atSecond.getId());
            assertThat(f.reason()).isNotBlank();
        });
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(atFirst.getId()).singleResult().getProcessDefinitionId())
                .isEqualTo(latest(key).getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(atSecond.getId()).singleResult().getProcessDefinitionId())
                .isEqualTo(v1.getId());
    }

    @Test
    void userTaskWithoutCandidateGroupIsRefusedWithElementIdAndNothingDeployed() {
        String key = uniqueKey("ModellerTestNoGroup");
        DeployResult result = deploy("nogroup.bpmn", TestModels.process(key, "Utan grupp",
                "camunda:dueDate=\"${dueDate}\" camunda:formRef=\"granskning-skriv\"", false));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().asString()
                .contains("Task_First").contains("saknar kandidatgrupp eller tilldelad handläggare");
        assertThat(versions(key)).isZero();
    }

    @Test
    void userTaskWithoutDueDateOrFormIsRefused() {
        String key = uniqueKey("ModellerTestNoDue");
        DeployResult result = deploy("nodue.bpmn", TestModels.process(key, "Utan datum", "camunda:assignee=\"admin\"", false));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("Task_First").contains("förfallodatum"))
                .anySatisfy(e -> assertThat(e).contains("Task_First").contains("formulär"));
        assertThat(versions(key)).isZero();
    }

    @Test
    void brokenCalledProcessReferenceIsRefused() {
        String key = uniqueKey("ModellerTestCall");
        DeployResult result = deploy("call.bpmn", TestModels.calling(key, "FinnsInte_" + key));
        assertThat(result.errors()).singleElement().asString()
                .contains("Call_Review").contains("FinnsInte_" + key).contains("som inte finns");
        assertThat(versions(key)).isZero();

        DeployResult ok = deploy("call.bpmn", TestModels.calling(key, "Granskning"));
        assertThat(ok.ok()).as(ok.errors().toString()).isTrue();
        assertThat(versions(key)).isEqualTo(1);
    }

    @Test
    void danglingFlowNodeIsRefused() {
        String key = uniqueKey("ModellerTestDangling");
        String xml = TestModels.valid(key, "Lös uppgift").replace("</bpmn:process>",
                "<bpmn:userTask id=\"Task_Loose\" " + TestModels.GOOD_TASK + " /></bpmn:process>");
        DeployResult result = deploy("dangling.bpmn", xml);
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("Task_Loose").contains("inkommande"))
                .anySatisfy(e -> assertThat(e).contains("Task_Loose").contains("utgående"));
        assertThat(versions(key)).isZero();
    }

    @Test
    void malformedXmlIsRefused() {
        String key = uniqueKey("ModellerTestBroken");
        String xml = TestModels.valid(key, "Trasig").replace("</bpmn:process>", "");
        DeployResult result = deploy("broken.bpmn", xml);
        assertThat(result.errors()).singleElement().asString().contains("inte välformad XML").contains("rad");
        assertThat(versions(key)).isZero();
    }

    @Test
    void xmlThatIsNotBpmnIsRefusedByTheParser() {
        DeployResult result = deploy("notbpmn.bpmn", "<?xml version=\"1.0\"?><hello>world</hello>");
        assertThat(result.errors()).singleElement().asString().contains("inte en giltig BPMN-modell");
    }

    @Test
    void whatTheEngineRefusesAtDeploymentIsReportedAndNothingIsDeployed() {
        String key = uniqueKey("ModellerTestEngine");
        // passes the project's rules, but the engine requires camunda:formRefBinding with camunda:formRef
        DeployResult result = deploy("engine.bpmn", TestModels.process(key, "Motorn",
                "camunda:candidateGroups=\"admin\" camunda:dueDate=\"${dueDate}\" camunda:formRef=\"granskning-skriv\"", false));
        assertThat(result.errors()).singleElement().asString().contains("Processmotorn godtog inte modellen").contains("formRefBinding");
        assertThat(versions(key)).isZero();
    }

    @Test
    void fileOfAnotherTypeIsRefused() {
        String key = uniqueKey("ModellerTestType");
        DeployResult result = deploy("model.xml", TestModels.valid(key, "Fel typ"));
        assertThat(result.errors()).singleElement().asString().contains("fel filtyp").contains(".bpmn");
        assertThat(versions(key)).isZero();
    }

    @Test
    void oversizedFileIsRefused() {
        String key = uniqueKey("ModellerTestBig");
        char[] padding = new char[ModelFile.MAX_BYTES];
        Arrays.fill(padding, ' ');
        String xml = TestModels.valid(key, "Stor").replace("</bpmn:definitions>", new String(padding) + "</bpmn:definitions>");
        assertThat(xml.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(ModelFile.MAX_BYTES);
        DeployResult result = deploy("big.bpmn", xml);
        assertThat(result.errors()).singleElement().asString().contains("för stor").contains("1 MB");
        assertThat(versions(key)).isZero();
    }

    @Test
    void oneInvalidFileStopsTheWholeUpload() {
        String good = uniqueKey("ModellerTestGood");
        String bad = uniqueKey("ModellerTestBad");
        DeployResult result = deployments.deploy(List.of(
                TestModels.file("good.bpmn", TestModels.valid(good, "Bra")),
                TestModels.file("bad.bpmn", TestModels.process(bad, "Dålig", "camunda:dueDate=\"${dueDate}\"", false))), ADMIN);
        assertThat(result.ok()).isFalse();
        assertThat(versions(good)).isZero();
        assertThat(versions(bad)).isZero();
    }

    @Test
    void formsAreValidatedAndDeployed() {
        String formId = uniqueKey("test-form");
        DeployResult bad = deployments.deploy(List.of(TestModels.file(formId + ".form", "{\"components\": [")), ADMIN);
        assertThat(bad.errors()).singleElement().asString().contains("inte giltig JSON");
        DeployResult noId = deployments.deploy(List.of(TestModels.file(formId + ".form", "{\"components\": []}")), ADMIN);
        assertThat(noId.errors()).singleElement().asString().contains("saknar \"id\"");

        DeployResult ok = deployments.deploy(List.of(TestModels.file(formId + ".form",
                "{\"id\":\"" + formId + "\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[]}")), ADMIN);
        assertThat(ok.ok()).isTrue();
        assertThat(repositoryService.getDeploymentResourceNames(ok.deploymentId())).containsExactly("forms/" + formId + ".form");
    }

    @Test
    void onlyAdminsMayDeployOrMigrate() {
        String key = uniqueKey("ModellerTestStaff");
        CurrentUser staff = new CurrentUser("anna", List.of("handlaggare", "barn-unga"));
        CurrentUser manager = new CurrentUser("cecilia", List.of("chefer", "barn-unga-chefer"));
        for (CurrentUser user : List.of(staff, manager)) {
            assertThatThrownBy(() -> deployments.deploy(List.of(TestModels.file("x.bpmn", TestModels.valid(key, "x"))), user))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> migrations.plan(latest("Granskning").getId(), user)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> migrations.execute(latest("Granskning").getId(), user)).isInstanceOf(ForbiddenException.class);
        }
        assertThat(versions(key)).isZero();
    }
}
