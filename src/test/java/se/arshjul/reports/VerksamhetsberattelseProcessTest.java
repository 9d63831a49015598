package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.cycle.DocumentType;
import se.arshjul.status.ActionStatus;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.RiskAction;
import se.arshjul.modeler.ModelFile;
import se.arshjul.modeler.ModelValidator;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.support.IntegrationTest;

/** The verksamhetsberättelse runs on its own model (bpmn/verksamhetsberattelse.bpmn) with the shared building blocks. */
@IntegrationTest
class VerksamhetsberattelseProcessTest {
    @Autowired ProcessEngine processEngine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired FollowupTestData testData;
    @Autowired ReportWorkflow workflow;
    @Autowired FollowupReader reader;
    @Autowired ModelValidator validator;
    @Autowired FollowupEditor editor;
    @Autowired InternalControlService internalControl;
    private String caseKey;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void clearAuthentication() {
        identityService.clearAuthentication();
    }

    @Test
    void everyUserTaskOfTheVbModelHasACandidateGroupADueDateAndAForm() throws Exception {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ReportWorkflow.VB_PROCESS_KEY).latestVersion().singleResult();
        assertThat(definition).isNotNull();
        assertThat(definition.getResourceName()).as("deployed from bpmn/ at start-up").isEqualTo("bpmn/verksamhetsberattelse.bpmn");
        byte[] xml = repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName()).readAllBytes();
        assertThat(validator.validate(List.of(new ModelFile("verksamhetsberattelse.bpmn", xml)))).as("the admin's upload rules").isEmpty();
        var tasks = repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class);
        assertThat(tasks).extracting(UserTask::getId).containsExactlyInAnyOrder("Task_ApproveReport", "Task_RecordDecision");
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.getCamundaCandidateGroups()).isNotBlank();
            assertThat(t.getCamundaDueDate()).isNotBlank();
            assertThat(t.getCamundaFormRef()).isNotBlank();
        });
    }

    @Test
    void aVbFromADecidedPlanRunsItsSectionsThroughReviewApprovalAndDecisionOnItsOwnProcess() {
        int year = testData.freeYear();
        long planId = testData.decidedPlan(year);
        testData.activitiesAndRiskActions(year, planId);
        workflow.start(year, DocumentType.VB);
        caseKey = "VB-" + year;
        FollowupReport report = reader.find(DocumentType.VB, year).orElseThrow();

        // the root instance of the case runs the VB model; its sections are Granskning instances called from it
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("Verksamhetsberattelse")
                .processInstanceBusinessKey(caseKey).singleResult();
        assertThat(instance).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).processDefinitionKey("Granskning")
                .count()).isEqualTo(6);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey(caseKey).count()).isZero();
        assertThat(instance).isWaitingAt("CallActivity_ReviewSections");

        // the stab reports the year-end status of the risk action it owns
        ReportSection stab = reader.section(report.id(), "status-stab");
        editor.save(report.id(), "status-stab", Map.of("version", String.valueOf(stab.version()),
                "status.1", "KLART", "kommentar.1", "Vårljus har avvecklats; dialogen avslutades."),
                new CurrentUser("ivar", List.of(Groups.STAFF, "stab")));

        List<String> keys = reader.sections(report.id()).stream().map(ReportSection::sectionKey).toList();
        assertThat(keys).containsExactly("namndmal-1", "namndmal-2", "status-barn-unga", "status-stab", "ekonomi", "personal");
        for (String key : keys) {
            String unit = reader.section(report.id(), key).unitGroup();
            Task write = task("Task_WriteSection", key);
            assertThat(taskService.getIdentityLinksForTask(write.getId())).anyMatch(l -> unit.equals(l.getGroupId()));
            complete(write, "author-" + unit, unit, Map.of("submissionNote", "Klart."));
            complete(task("Task_ReviewSection", key), "manager-" + unit, Groups.managersOf(unit),
                    Map.of("decision", "godkann", "reviewComment", ""));
        }
        assertThat(reader.sections(report.id())).allMatch(s -> s.status() == ReportSectionStatus.GODKAND);
        // the approved status is also the internkontroll register's latest
        RiskAction reported = internalControl.risks(year).stream().flatMap(r -> internalControl.riskActions(r.id()).stream())
                .filter(a -> a.description().equals("Fortsatt dialog med Vårljus.")).findFirst().orElseThrow();
        assertThat(reported.status()).isEqualTo(ActionStatus.KLART);
        assertThat(reported.kommentar()).isEqualTo("Vårljus har avvecklats; dialogen avslutades.");
        assertThat(instance).isWaitingAt("Task_ApproveReport");
        assertThat(task("Task_ApproveReport", null).getName()).isEqualTo("Godkänn Verksamhetsberättelse " + year);

        complete(task("Task_ApproveReport", null), "dan", Groups.MANAGEMENT, Map.of("approvalDecision", "godkann"));
        assertThat(reader.report(report.id()).status()).isEqualTo(ReportStatus.GODKAND_FL);
        assertThat(instance).isWaitingAt("Task_RecordDecision");
        complete(task("Task_RecordDecision", null), "eva", Groups.SECRETARY, Map.of("decisionDate", (year + 1) + "-02-20", "paragraph", "§ 7"));
        assertThat(instance).isEnded().hasPassed("EndEvent_ReportDecided");
        assertThat(reader.report(report.id()).status()).isEqualTo(ReportStatus.BESLUTAD);
    }

    private Task task(String definitionKey, String sectionKey) {
        var query = taskService.createTaskQuery().taskDefinitionKey(definitionKey).processInstanceBusinessKey(caseKey);
        return (sectionKey == null ? query : query.processVariableValueEquals("sectionId", sectionKey)).singleResult();
    }

    private void complete(Task task, String user, String group, Map<String, Object> variables) {
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
