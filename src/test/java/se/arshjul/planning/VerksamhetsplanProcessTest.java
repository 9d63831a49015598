package se.arshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.tasks.TaskActions;

@SpringBootTest
@ActiveProfiles("test")
@Import(PlanTestData.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class VerksamhetsplanProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired PlanTestData testData;
    @Autowired PlanWorkflow workflow;
    @Autowired PlanReader reader;
    @Autowired SectionEditor editor;
    @Autowired TaskActions taskActions;
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
    void planGoesFromSectionsThroughApprovalToDecisionAndIsLocked() throws Exception {
        testData.decidedVp2022();
        PlanDocument plan = workflow.startYear(testData.nextYear());
        caseKey = PlanWorkflow.businessKey(plan);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PlanWorkflow.PROCESS_KEY).processInstanceBusinessKey(caseKey).singleResult();
        assertThat(instance).isActive().isWaitingAt("CallActivity_ReviewSections");
        List<PlanSection> sections = reader.sections(plan.id());
        assertThat(sections).hasSize(8);
        assertThat(sections).allMatch(s -> s.status() == PlanSectionStatus.UNDER_ARBETE);
        assertThat(reader.plan(plan.id()).status()).isEqualTo(PlanStatus.UNDER_GRANSKNING);

        Task write = writeTask("namndmal-3");
        assertThat(write.getTaskDefinitionKey()).isEqualTo("Task_WriteSection");
        assertThat(taskService.getIdentityLinksForTask(write.getId())).anyMatch(l -> "barn-unga".equals(l.getGroupId()));
        assertThat(write.getDueDate()).isNotNull();
        assertThat(taskService.getVariable(write.getId(), "contextUrl")).isEqualTo("/verksamhetsplan/" + plan.id() + "/avsnitt/namndmal-3");

        // namndmal-3 is sent back twice before it is approved
        submit("namndmal-3", "anna", "barn-unga");
        review("namndmal-3", "cecilia", "atersand", "Komplettera analysen.");
        submit("namndmal-3", "anna", "barn-unga");
        review("namndmal-3", "cecilia", "atersand", "Etappmålen saknas.");
        submit("namndmal-3", "anna", "barn-unga");
        review("namndmal-3", "cecilia", "godkann", "");
        assertThat(reader.section(plan.id(), "namndmal-3").status()).isEqualTo(PlanSectionStatus.GODKAND);
        assertThatThrownBy(() -> editor.save(plan.id(), "namndmal-3", Map.of("version", "0"),
                new CurrentUser("anna", List.of(Groups.STAFF, "barn-unga"))))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.code()).isEqualTo("plan.refused.sectionApproved"));

        for (PlanSection s : sections) {
            if (s.sectionKey().equals("namndmal-3")) continue;
            submit(s.sectionKey(), "author-" + s.unitGroup(), s.unitGroup());
            review(s.sectionKey(), "manager-" + s.unitGroup(), "godkann", "");
        }
        assertThat(instance).isWaitingAt("Task_ApprovePlan");
        assertThat(task("Task_ApprovePlan")).hasCandidateGroup(Groups.MANAGEMENT);
        assertThat(taskService.getVariable(task("Task_ApprovePlan").getId(), "contextUrl")).isEqualTo("/verksamhetsplan/" + plan.id());

        // förvaltningsledningen names an unknown section, then sends back namndmal-1
        assertThatThrownBy(() -> complete(task("Task_ApprovePlan"), "dan", Groups.MANAGEMENT,
                Map.of("approvalDecision", "atersand", "sendBackSection", "kapitel-9", "approvalComment", "Fel siffror.")))
                .hasRootCauseInstanceOf(TaskRuleViolation.class).rootCause().hasMessageContaining("namndmal-1");
        complete(task("Task_ApprovePlan"), "dan", Groups.MANAGEMENT,
                Map.of("approvalDecision", "atersand", "sendBackSection", "namndmal-1", "approvalComment", "Nettokostnaden stämmer inte."));
        assertThat(instance).isWaitingAt("CallActivity_ReviewSections");
        assertThat(reader.section(plan.id(), "namndmal-1").status()).isEqualTo(PlanSectionStatus.UNDER_ARBETE);
        assertThat(taskService.getVariable(writeTask("namndmal-1").getId(), "reviewComment")).isEqualTo("Nettokostnaden stämmer inte.");
        assertThat(writeTasks()).hasSize(1);
        submit("namndmal-1", "fia", "ekonomi");
        review("namndmal-1", "lena", "godkann", "");

        complete(task("Task_ApprovePlan"), "dan", Groups.MANAGEMENT, Map.of("approvalDecision", "godkann"));
        assertThat(reader.plan(plan.id()).status()).isEqualTo(PlanStatus.GODKAND_FL);
        assertThat(instance).isWaitingAt("Task_RecordDecision");
        assertThat(task("Task_RecordDecision")).hasCandidateGroup(Groups.SECRETARY);

        // through the task page's action, the listener's message lands next to its field
        CurrentUser eva = new CurrentUser("eva", List.of(Groups.SECRETARY));
        assertThatThrownBy(() -> taskActions.complete(task("Task_RecordDecision").getId(),
                Map.of("decisionDate", "2999-01-01", "paragraph", "187", "diarienummer", "SN-2022/1234.111"), eva))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().has("decisionDate")).isTrue());
        assertThatThrownBy(() -> complete(task("Task_RecordDecision"), "eva", Groups.SECRETARY,
                Map.of("decisionDate", "2022-12-13", "paragraph", "187", "diarienummer", "2022 nr 5")))
                .hasRootCauseInstanceOf(TaskRuleViolation.class).rootCause().hasMessageContaining("SN-2020/2526.111");
        assertThat(reader.plan(plan.id()).status()).isEqualTo(PlanStatus.GODKAND_FL);
        complete(task("Task_RecordDecision"), "eva", Groups.SECRETARY,
                Map.of("decisionDate", "2022-12-13", "paragraph", "§ 187", "diarienummer", "SN-2022/1234.111"));
        assertThat(instance).isEnded().hasPassed("EndEvent_PlanDecided");

        PlanDocument decided = reader.plan(plan.id());
        assertThat(decided.status()).isEqualTo(PlanStatus.BESLUTAD);
        assertThat(decided.diarienummer()).isEqualTo("SN-2022/1234.111");
        assertThat(decided.paragraph()).isEqualTo("§ 187");
        assertThatThrownBy(() -> editor.save(plan.id(), "internkontroll", Map.of("version", "0", "body", "Ny text"),
                new CurrentUser("ivar", List.of(Groups.STAFF, "stab"))))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.code()).isEqualTo("plan.refused.locked"));

        // a correction is a new revision; the decided one is kept
        PlanDocument correction = workflow.startCorrection(plan.id());
        assertThat(correction.revision()).isEqualTo(2);
        assertThat(reader.plan(plan.id()).status()).isEqualTo(PlanStatus.BESLUTAD);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey(caseKey + "-R2").count()).isEqualTo(1);
    }

    private void submit(String sectionKey, String user, String group) {
        complete(writeTask(sectionKey), user, group, Map.of("submissionNote", "Klart."));
    }

    private void review(String sectionKey, String user, String decision, String comment) {
        Task task = taskService.createTaskQuery().taskDefinitionKey("Task_ReviewSection")
                .processVariableValueEquals("sectionId", sectionKey).processInstanceBusinessKey(caseKey).singleResult();
        String group = (String) taskService.getVariable(task.getId(), "reviewerGroup");
        complete(task, user, group, Map.of("decision", decision, "reviewComment", comment));
    }

    private Task writeTask(String sectionKey) {
        return taskService.createTaskQuery().taskDefinitionKey("Task_WriteSection")
                .processVariableValueEquals("sectionId", sectionKey).processInstanceBusinessKey(caseKey).singleResult();
    }

    private List<Task> writeTasks() {
        return taskService.createTaskQuery().taskDefinitionKey("Task_WriteSection").processInstanceBusinessKey(caseKey).list();
    }

    private Task task(String key) {
        return taskService.createTaskQuery().taskDefinitionKey(key).processInstanceBusinessKey(caseKey).singleResult();
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
