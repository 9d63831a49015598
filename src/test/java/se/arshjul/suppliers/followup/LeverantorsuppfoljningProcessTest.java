package se.arshjul.suppliers.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.notifications.Notification;
import se.arshjul.notifications.NotificationService;
import se.arshjul.review.TaskRuleViolation;
import se.arshjul.security.CurrentUser;
import se.arshjul.support.IntegrationTest;
import se.arshjul.suppliers.SupplierReport;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementMember;
import se.arshjul.suppliers.registry.Provider;
import se.arshjul.suppliers.registry.SupplierFixtures;
import se.arshjul.suppliers.registry.ProviderRegistry;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.MembershipRegistry;

/** bpmn/leverantorsuppfoljning.bpmn on the real engine, with the domain tables it writes. */
@IntegrationTest
class LeverantorsuppfoljningProcessTest {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    static final CurrentUser BO = new CurrentUser("bo", List.of("handlaggare", "vuxen"));

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired NotificationService notifications;
    @Autowired SupplierFollowupService followups;
    @Autowired SupplierFollowupDeadlines deadlines;
    @Autowired SupplierFollowupStarter starter;
    @Autowired ProviderRegistry providerRegistry;
    @Autowired AgreementRegistry agreementRegistry;
    @Autowired MembershipRegistry membershipRegistry;
    @Autowired SupplierFixtures fixtures;
    @Autowired SupplierReport report;

    Agreement agreement;
    Provider provider;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(START));
        agreement = fixtures.agreement("Skyddat boende test " + System.nanoTime(), "vuxen");
        provider = fixtures.provider("Testgården Skydd AB (fiktiv) " + System.nanoTime());
        fixtures.join(agreement, provider, LocalDate.of(2024, 1, 1));
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    ProcessInstance start() {
        as("bo", "handlaggare", "vuxen");
        SupplierFollowup f = starter.start(agreement.id(), provider.id(), "Kvalitetsledningssystem och bemanningsplan", "2026-03-20", false, BO);
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(f.processInstanceId()).singleResult();
        assertThat(pi.getBusinessKey()).isEqualTo("LU-2026-" + f.id());
        return pi;
    }

    void as(String user, String... groups) {
        identityService.setAuthentication(user, List.of(groups));
    }

    void complete(ProcessInstance pi, String taskKey, String user, Map<String, Object> values) {
        Task t = task(taskKey, pi);
        taskService.claim(t.getId(), user);
        taskService.complete(t.getId(), values);
    }

    void staff(ProcessInstance pi, String taskKey, Map<String, Object> values) {
        as("bo", "handlaggare", "vuxen");
        complete(pi, taskKey, "bo", values);
    }

    void manager(ProcessInstance pi, String taskKey, Map<String, Object> values) {
        as("kalle", "chefer", "vuxen-chefer");
        complete(pi, taskKey, "kalle", values);
    }

    Map<String, Object> review(String result, String deficientArea) {
        Map<String, Object> v = new HashMap<>();
        for (ChecklistArea a : ChecklistArea.values()) {
            v.put(a.formKey(), a.formKey().equals(deficientArea) ? "brist" : "uppfyllt");
        }
        v.put("result", result);
        if (deficientArea != null) {
            v.put("findings", "Redovisningen av kvalitetsarbetet saknar resultat och analys.");
            v.put("actionPlanDueDate", "2026-04-30");
        }
        return v;
    }

    long followupId(ProcessInstance pi) {
        return ((Number) runtimeService.getVariable(pi.getId(), "followupId")).longValue();
    }

    @Test
    void approvedFollowUp() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_RegisterDocumentation");
        assertThat(task(pi)).hasCandidateGroup("vuxen");
        long id = followupId(pi);

        staff(pi, "Task_RegisterDocumentation", Map.of("receivedDocuments", "Kvalitetsberättelse 2025"));
        assertThat(pi).isWaitingAt("Task_ReviewChecklist");
        assertThat(runtimeService.getVariable(pi.getId(), "receivedDocuments")).as("free text stays out of the engine").isNull();

        staff(pi, "Task_ReviewChecklist", review("godkand", null));
        assertThat(pi).isEnded().hasPassed("End_Approved");

        SupplierFollowup f = followups.followup(id);
        assertThat(f.result()).isEqualTo("GODKAND");
        assertThat(f.status()).isEqualTo("GODKAND");
        assertThat(f.receivedDocuments()).isEqualTo("Kvalitetsberättelse 2025");
        assertThat(followups.view(f).findings()).hasSize(6).allMatch(x -> x.assessment().equals("UPPFYLLT"));
    }

    @Test
    void notApprovedThenActionPlanThenRemedied() {
        ProcessInstance pi = start();
        long id = followupId(pi);
        staff(pi, "Task_RegisterDocumentation", Map.of("receivedDocuments", "Underlag"));
        staff(pi, "Task_ReviewChecklist", review("ej_godkand", "systematisktKvalitetsarbete"));
        assertThat(pi).isWaitingAt("Task_RegisterActionPlan");
        assertThat(task(pi).getDueDate()).isEqualTo(deadlines.deadline(LocalDate.of(2026, 4, 30)));
        assertThat(followups.followup(id).result()).isEqualTo("EJ_GODKAND");

        staff(pi, "Task_RegisterActionPlan", Map.of("actionPlan", "Ny rutin för egenkontroll", "recheckDate", "2026-06-01"));
        assertThat(pi).isWaitingAt("Task_Recheck");
        assertThat(task(pi).getDueDate()).isEqualTo(deadlines.deadline(LocalDate.of(2026, 6, 1)));

        staff(pi, "Task_Recheck", Map.of("recheckOutcome", "atgardat", "recheckComment", "Rutinen finns och följs."));
        assertThat(pi).isEnded().hasPassed("End_Remedied").hasNotPassed("Task_IssueWarning");
        var view = followups.view(followups.followup(id));
        assertThat(view.followup().status()).isEqualTo("ATGARDAD");
        assertThat(view.followup().result()).as("the report counts the review's result").isEqualTo("EJ_GODKAND");
        assertThat(view.findings()).filteredOn(SupplierFollowupFinding::deficient).extracting(SupplierFollowupFinding::area).containsExactly("KVALITETSARBETE");
        assertThat(view.events()).extracting(SupplierFollowupEvent::kind)
                .containsExactly("DOKUMENTATION_BEGARD", "DOKUMENTATION_INKOMMEN", "GRANSKAD", "ATGARDSPLAN", "ATERKONTROLL");

        SupplierReport.Row row = report.row(agreement, 2026);
        assertThat(row.followedUp()).isEqualTo(1);
        assertThat(row.notApprovedPercent()).isEqualTo(100);
        assertThat(row.deficiencies()).containsExactlyEntriesOf(java.util.Map.of(ChecklistArea.KVALITETSARBETE, 1));
    }

    @Test
    void warningThenTerminationRemovesTheProviderFromTheAgreement() {
        ProcessInstance pi = start();
        long id = followupId(pi);
        staff(pi, "Task_RegisterDocumentation", Map.of("receivedDocuments", "Underlag"));
        staff(pi, "Task_ReviewChecklist", review("ej_godkand", "bemanningKompetens"));
        staff(pi, "Task_RegisterActionPlan", Map.of("actionPlan", "Rekrytera", "recheckDate", "2026-05-01"));
        staff(pi, "Task_Recheck", Map.of("recheckOutcome", "ej_atgardat", "recheckComment", "Ingen rekrytering gjord."));
        assertThat(pi).isWaitingAt("Task_IssueWarning");
        assertThat(task(pi)).hasCandidateGroup("vuxen-chefer");

        manager(pi, "Task_IssueWarning", Map.of("warningText", "Varning: bemanningen uppfyller inte avtalet.", "warningDeadline", "2026-06-15"));
        assertThat(followups.followup(id).status()).isEqualTo("VARNING");
        staff(pi, "Task_RecheckAfterWarning", Map.of("recheckOutcome", "ej_atgardat", "recheckComment", "Fortfarande brister."));
        assertThat(pi).isWaitingAt("Task_DecideSanction");

        as("kalle", "chefer", "vuxen-chefer");
        Task decide = task("Task_DecideSanction", pi);
        taskService.claim(decide.getId(), "kalle");
        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("sanctionDecision", "uppsagning", "decisionText", "Allvarliga brister")))
                .as("termination needs a reason").hasRootCauseInstanceOf(TaskRuleViolation.class).hasMessageContaining("Välj skäl");
        taskService.complete(decide.getId(), Map.of("sanctionDecision", "uppsagning", "leaveReason", "BRISTER_I_YRKESUTOVNINGEN",
                "decisionText", "Allvarliga brister i bemanningen trots varning."));

        assertThat(pi).isEnded().hasPassedInOrder("Task_IssueWarning", "Task_RecheckAfterWarning", "Task_DecideSanction",
                "Task_TerminateAgreement", "End_Terminated");
        assertThat(membershipRegistry.activeMembership(agreement.id(), provider.id(), LocalDate.of(2026, 3, 3))).isEmpty();
        AgreementMember ended = membershipRegistry.membersOf(agreement.id()).get(0);
        assertThat(ended.leftOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(ended.leaveReason()).isEqualTo("BRISTER_I_YRKESUTOVNINGEN");
        SupplierFollowup f = followups.followup(id);
        assertThat(f.status()).isEqualTo("UPPSAGD");
        assertThat(followups.view(f).events()).extracting(SupplierFollowupEvent::kind).contains("VARNING", "UPPSAGNING");
    }

    @Test
    void theReviewerMayNotDecideOnWarningOrSanction() {
        ProcessInstance pi = start();
        // kalle, a manager, does the review himself
        as("kalle", "chefer", "vuxen-chefer", "vuxen");
        complete(pi, "Task_RegisterDocumentation", "kalle", Map.of("receivedDocuments", "Underlag"));
        complete(pi, "Task_ReviewChecklist", "kalle", review("ej_godkand", "tillstand"));
        staff(pi, "Task_RegisterActionPlan", Map.of("actionPlan", "Söka tillstånd", "recheckDate", "2026-05-01"));
        staff(pi, "Task_Recheck", Map.of("recheckOutcome", "ej_atgardat", "recheckComment", "Ingen ansökan."));

        as("kalle", "chefer", "vuxen-chefer");
        Task warning = task("Task_IssueWarning", pi);
        assertThatThrownBy(() -> taskService.claim(warning.getId(), "kalle"))
                .hasRootCauseInstanceOf(TaskRuleViolation.class).hasMessageContaining("Fyra ögon");
        assertThatThrownBy(() -> taskService.complete(warning.getId(), Map.of("warningText", "x", "warningDeadline", "2026-06-01")))
                .hasRootCauseInstanceOf(TaskRuleViolation.class);
        assertThat(pi).isWaitingAt("Task_IssueWarning");
        assertThat(taskService.createTaskQuery().taskId(warning.getId()).singleResult().getAssignee()).isNull();

        as("lena", "chefer", "vuxen-chefer");
        complete(pi, "Task_IssueWarning", "lena", Map.of("warningText", "Varning", "warningDeadline", "2026-06-01"));
        assertThat(pi).isWaitingAt("Task_RecheckAfterWarning");
    }

    @Test
    void notApprovedWithoutAnyDeficiencyIsRefusedAndNothingIsSaved() {
        ProcessInstance pi = start();
        long id = followupId(pi);
        staff(pi, "Task_RegisterDocumentation", Map.of("receivedDocuments", "Underlag"));
        as("bo", "handlaggare", "vuxen");
        Task review = task("Task_ReviewChecklist", pi);
        Map<String, Object> values = review("ej_godkand", null);
        values.put("findings", "Oklart");
        values.put("actionPlanDueDate", "2026-04-30");
        assertThatThrownBy(() -> taskService.complete(review.getId(), values))
                .hasRootCauseInstanceOf(TaskRuleViolation.class).hasMessageContaining("minst ett område");
        assertThat(pi).isWaitingAt("Task_ReviewChecklist");
        assertThat(followups.followup(id).result()).isNull();
        assertThat(followups.view(followups.followup(id)).findings()).isEmpty();
    }

    @Test
    void overdueDocumentationIsRemindedThenEscalatedToTheUnitManagers() {
        ProcessInstance pi = start();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-18T08:00:00Z"))); // due 20 March, reminder 3 days before
        List<Job> due = dueTimers(pi);
        assertThat(due).hasSize(1);
        managementService.executeJob(due.get(0).getId());
        assertThat(pi).hasPassed("Timer_DocReminder", "Task_NotifyDeadline").isWaitingAt("Task_RegisterDocumentation");
        assertThat(notifications.latest("bo")).anySatisfy(n -> assertThat(n.kind()).isEqualTo(Notification.Kind.REMINDER.name()));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-21T08:00:00Z")));
        due = dueTimers(pi);
        assertThat(due).hasSize(1);
        managementService.executeJob(due.get(0).getId());
        assertThat(pi).hasPassed("Timer_DocOverdue").isWaitingAt("Task_RegisterDocumentation");
        assertThat(notifications.latest("kalle")).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.ESCALATION.name());
            assertThat(n.title()).contains(provider.name());
        });
    }

    private List<Job> dueTimers(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().duedateLowerThan(ClockUtil.getCurrentTime()).list();
    }
}
