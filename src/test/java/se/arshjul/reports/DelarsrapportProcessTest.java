package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
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

import se.arshjul.cycle.CycleCalendar;
import se.arshjul.cycle.CycleCalendars;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.cycle.DocumentType;
import se.arshjul.review.TaskRuleViolation;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.support.IntegrationTest;

@IntegrationTest
class DelarsrapportProcessTest {
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired FollowupTestData testData;
    @Autowired ReportWorkflow workflow;
    @Autowired FollowupReader reader;
    @Autowired CycleCalendars calendars;
    @Autowired FollowupEditor editor;
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
    void delar1WithoutADecidedPlanCannotStart() {
        int year = testData.freeYear();
        assertThatThrownBy(() -> workflow.start(year, DocumentType.DELAR1))
                .isInstanceOf(ActionRefusedException.class).hasMessage("report.noDecidedPlan");
        assertThat(workflow.isStarted(year, DocumentType.DELAR1)).isFalse();
    }

    @Test
    void delar1CreatesOneTaskPerGoalAndTheEconomyTaskAndIsDecidedOnlyWhenAllSectionsAreApproved() {
        int year = testData.freeYear();
        long planId = testData.decidedPlan(year);
        workflow.start(year, DocumentType.DELAR1);
        caseKey = "DELAR1-" + year;
        FollowupReport report = reader.find(DocumentType.DELAR1, year).orElseThrow();
        assertThat(report.planId()).isEqualTo(planId);
        assertThat(report.periodEnd()).isEqualTo(LocalDate.of(year, 3, 31));
        assertThatThrownBy(() -> workflow.start(year, DocumentType.DELAR1)).hasMessage("report.alreadyStarted");

        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey(caseKey).singleResult();
        assertThat(instance).isWaitingAt("CallActivity_ReviewSections");
        List<Task> writes = taskService.createTaskQuery().taskDefinitionKey("Task_WriteSection").processInstanceBusinessKey(caseKey).list();
        // one per nämndmål, the economy and the personnel section (HR)
        assertThat(writes).hasSize(4);
        assertCandidate(writeTask("namndmal-1"), "barn-unga");
        assertCandidate(writeTask("namndmal-2"), "vuxen");
        assertCandidate(writeTask("ekonomi"), "ekonomi");
        assertCandidate(writeTask("personal"), "hr");
        assertThat(writeTask("namndmal-1").getName()).isEqualTo("Skriv: Delårsrapport 1 " + year
                + ": Fler barn och vuxna tar del av förebyggande insatser i ett tidigt skede.");
        CycleCalendar calendar = calendars.forCycle(year, DocumentType.DELAR1);
        assertThat(toLocalDate(writeTask("ekonomi").getDueDate())).isEqualTo(calendar.sectionDue());
        assertThat(taskService.getVariable(writeTask("namndmal-2").getId(), "contextUrl"))
                .isEqualTo("/uppfoljning/" + report.id() + "/avsnitt/namndmal-2");

        // the goal section carries the plan's indicators with last year's utfall; the economy the budget rows
        ReportSection goal1 = reader.section(report.id(), "namndmal-1");
        assertThat(goal1.indicators()).extracting(ReportIndicator::name).hasSize(3);
        assertThat(goal1.indicators().get(0).previousValue()).isEqualByComparingTo("1931");
        assertThat(goal1.indicators().get(0).etappmalValue()).isEqualByComparingTo("1250");
        assertThat(reader.section(report.id(), "namndmal-2").indicators().get(0).etappmalText()).isEqualTo("öka");
        ReportSection economy = reader.section(report.id(), "ekonomi");
        assertThat(economy.economy()).extracting(EconomyLine::name).containsExactly("Verksamhetens intäkter", "Personal", "Köp av verksamhet", "Summa");
        assertThat(economy.economy().get(3).isSum()).as("the plan's sum row, computed when shown").isTrue();
        assertThat(economy.economy().get(1).kind()).isEqualTo(EconomyLine.LineKind.KOSTNAD);
        assertThat(economy.economy().get(1).budget()).isEqualByComparingTo("277573");

        // nothing approved yet: neither approval nor decision is possible
        assertThatThrownBy(() -> workflow.recordDecision(report.id(), LocalDate.of(year, 5, 20), "§ 12"))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.code()).isEqualTo("report.sectionsNotApproved"));

        for (String key : List.of("namndmal-1", "namndmal-2", "ekonomi", "personal")) {
            String unit = reader.section(report.id(), key).unitGroup();
            complete(writeTask(key), "author-" + unit, unit, Map.of("submissionNote", "Klart."));
            complete(reviewTask(key), "manager-" + unit, Groups.managersOf(unit), Map.of("decision", "godkann", "reviewComment", ""));
        }
        assertThat(reader.sections(report.id())).allMatch(s -> s.status() == ReportSectionStatus.GODKAND);
        CurrentUser anna = new CurrentUser("anna", List.of(Groups.STAFF, "barn-unga"));
        assertThatThrownBy(() -> editor.save(report.id(), "namndmal-1", Map.of("analys", "Ändrad"), anna))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.code()).isEqualTo("report.section.locked.approved"));
        assertThat(instance).isWaitingAt("Task_ApproveReport");

        // förvaltningsledningen sends the economy back: it is unapproved again, so no decision
        complete(task("Task_ApproveReport"), "dan", Groups.MANAGEMENT,
                Map.of("approvalDecision", "atersand", "sendBackSection", "ekonomi", "approvalComment", "Prognosen saknar motivering."));
        assertThat(reader.section(report.id(), "ekonomi").status()).isEqualTo(ReportSectionStatus.UNDER_ARBETE);
        assertThat(reader.section(report.id(), "namndmal-1").status()).isEqualTo(ReportSectionStatus.GODKAND);
        assertThatThrownBy(() -> workflow.recordDecision(report.id(), LocalDate.of(year, 5, 20), "§ 12"))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.args()).containsExactly("Ekonomi"));
        assertThatThrownBy(() -> workflow.approve(report.id()))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.args()).containsExactly("Ekonomi"));
        complete(writeTask("ekonomi"), "fia", "ekonomi", Map.of("submissionNote", "Motivering tillagd."));
        complete(reviewTask("ekonomi"), "lena", Groups.managersOf("ekonomi"), Map.of("decision", "godkann", "reviewComment", ""));

        complete(task("Task_ApproveReport"), "dan", Groups.MANAGEMENT, Map.of("approvalDecision", "godkann"));
        assertThat(reader.report(report.id()).status()).isEqualTo(ReportStatus.GODKAND_FL);
        assertThat(instance).isWaitingAt("Task_RecordDecision");
        assertThatThrownBy(() -> complete(task("Task_RecordDecision"), "eva", Groups.SECRETARY,
                Map.of("decisionDate", "2999-01-01", "paragraph", "§ 12")))
                .hasRootCauseInstanceOf(TaskRuleViolation.class).rootCause().hasMessageContaining("framtiden");
        complete(task("Task_RecordDecision"), "eva", Groups.SECRETARY, Map.of("decisionDate", year + "-05-20", "paragraph", "§ 12"));
        assertThat(instance).isEnded().hasPassed("EndEvent_ReportDecided");
        FollowupReport decided = reader.report(report.id());
        assertThat(decided.status()).isEqualTo(ReportStatus.BESLUTAD);
        assertThat(decided.decisionDate()).isEqualTo(LocalDate.of(year, 5, 20));
        assertThat(decided.paragraph()).isEqualTo("§ 12");
        assertThatThrownBy(() -> editor.save(report.id(), "ekonomi", Map.of("body", "Ny text"),
                new CurrentUser("fia", List.of(Groups.STAFF, "ekonomi"))))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.code()).isEqualTo("report.locked.decided"));
    }

    private void assertCandidate(Task task, String group) {
        assertThat(taskService.getIdentityLinksForTask(task.getId())).anyMatch(l -> group.equals(l.getGroupId()));
    }

    private static LocalDate toLocalDate(Date date) {
        return date.toInstant().atZone(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate();
    }

    private Task writeTask(String key) {
        return taskService.createTaskQuery().taskDefinitionKey("Task_WriteSection")
                .processVariableValueEquals("sectionId", key).processInstanceBusinessKey(caseKey).singleResult();
    }

    private Task reviewTask(String key) {
        return taskService.createTaskQuery().taskDefinitionKey("Task_ReviewSection")
                .processVariableValueEquals("sectionId", key).processInstanceBusinessKey(caseKey).singleResult();
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
