package se.arshjul.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
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
import se.arshjul.support.IntegrationTest;

/** The review building block on the real engine: approve, send back, four-eyes, reminder, escalation. */
@IntegrationTest
class GranskningProcessTest {

    static final Instant START = Instant.parse("2026-09-01T08:00:00Z");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired NotificationService notifications;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    ProcessInstance startReview(String title) {
        return runtimeService.startProcessInstanceByKey("Granskning", "VP-2027", Map.of(
                "title", title,
                "authorGroup", "barn-unga",
                "reviewerGroup", "barn-unga-chefer",
                "escalationGroup", "forvaltningsledning",
                "authorDueDate", Date.from(START.plus(10, ChronoUnit.DAYS)),
                "reviewDueDate", Date.from(START.plus(15, ChronoUnit.DAYS))));
    }

    void as(String user, String... groups) {
        identityService.setAuthentication(user, List.of(groups));
    }

    void submit(ProcessInstance pi, String author) {
        as(author, "handlaggare", "barn-unga");
        Task write = task("Task_WriteSection", pi);
        taskService.claim(write.getId(), author);
        taskService.complete(write.getId(), Map.of("readyForReview", true));
    }

    void review(ProcessInstance pi, String reviewer, String decision, String comment) {
        as(reviewer, "chefer", "barn-unga-chefer");
        Task review = task("Task_ReviewSection", pi);
        taskService.claim(review.getId(), reviewer);
        taskService.complete(review.getId(), Map.of("decision", decision, "reviewComment", comment));
    }

    @Test
    void approvedSectionEndsTheReview() {
        ProcessInstance pi = startReview("Nämndmål 1");
        assertThat(pi).isWaitingAt("Task_WriteSection");
        assertThat(task(pi)).hasCandidateGroup("barn-unga").hasName("Skriv: Nämndmål 1");

        submit(pi, "anna");
        assertThat(pi).isWaitingAt("Task_ReviewSection");
        assertThat(task(pi)).hasCandidateGroup("barn-unga-chefer");

        review(pi, "cecilia", "godkann", "");
        assertThat(pi).isEnded().hasPassed("EndEvent_Approved").variables()
                .containsEntry("approved", true).containsEntry("submittedBy", "anna");
    }

    @Test
    void twoSendBacksThenApproval() {
        ProcessInstance pi = startReview("Nämndmål 2");
        submit(pi, "anna");
        review(pi, "cecilia", "atersand", "Analysen saknar jämförelse med 2021.");
        assertThat(pi).isWaitingAt("Task_WriteSection").variables()
                .containsEntry("reviewComment", "Analysen saknar jämförelse med 2021.").containsEntry("reviewRound", 1);

        submit(pi, "anna");
        review(pi, "cecilia", "atersand", "Lägg till etappmålet.");
        assertThat(pi).isWaitingAt("Task_WriteSection").variables().containsEntry("reviewRound", 2);
        assertThat(taskService.getProcessInstanceComments(pi.getId()))
                .extracting(c -> c.getFullMessage())
                .contains("Skickat tillbaka: Analysen saknar jämförelse med 2021.", "Skickat tillbaka: Lägg till etappmålet.");

        submit(pi, "anna");
        review(pi, "cecilia", "godkann", "Bra!");
        assertThat(pi).isEnded();
        assertThat(pi).hasPassedInOrder("Task_WriteSection", "Task_ReviewSection", "Task_WriteSection",
                "Task_ReviewSection", "Task_WriteSection", "Task_ReviewSection", "EndEvent_Approved");
    }

    @Test
    void sendingBackRequiresAComment() {
        ProcessInstance pi = startReview("Budget");
        submit(pi, "anna");
        assertThatThrownBy(() -> review(pi, "cecilia", "atersand", "  "))
                .hasRootCauseInstanceOf(TaskRuleViolation.class)
                .hasMessageContaining("review.decision.commentRequired");
        assertThat(pi).isWaitingAt("Task_ReviewSection");
    }

    @Test
    void theSubmitterMayNotReviewTheirOwnSection() {
        ProcessInstance pi = startReview("Nämndmål 3");
        submit(pi, "cecilia"); // a manager who also writes for her unit

        as("cecilia", "chefer", "barn-unga-chefer");
        Task review = task("Task_ReviewSection", pi);
        assertThatThrownBy(() -> taskService.claim(review.getId(), "cecilia"))
                .hasRootCauseInstanceOf(TaskRuleViolation.class).hasMessageContaining("review.fourEyes");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();

        // Completing without claiming is refused as well (Tasklist, REST).
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "godkann")))
                .hasRootCauseInstanceOf(TaskRuleViolation.class);
        assertThat(pi).isWaitingAt("Task_ReviewSection");

        review(pi, "kalle", "godkann", "");
        assertThat(pi).isEnded();
    }

    @Test
    void reminderBeforeAndEscalationAfterTheDeadline() {
        ProcessInstance pi = startReview("Nämndmål 4");
        assertThat(dueTimers()).isEmpty();

        ClockUtil.setCurrentTime(Date.from(START.plus(8, ChronoUnit.DAYS))); // due in 2 days, reminder at 3 days before
        List<Job> due = dueTimers();
        assertThat(due).hasSize(1);
        managementService.executeJob(due.get(0).getId());
        assertThat(pi).hasPassed("Task_RemindAuthor").isWaitingAt("Task_WriteSection");
        assertThat(notifications.latest("anna")).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.REMINDER.name());
            assertThat(n.title()).contains("Skriv: Nämndmål 4");
        });
        assertThat(notifications.latest("dan")).noneMatch(n -> n.title().contains("Nämndmål 4"));

        ClockUtil.setCurrentTime(Date.from(START.plus(11, ChronoUnit.DAYS)));
        due = dueTimers();
        assertThat(due).hasSize(1);
        managementService.executeJob(due.get(0).getId());
        assertThat(pi).hasPassed("Task_EscalateAuthor").isWaitingAt("Task_WriteSection");
        assertThat(task(pi).getPriority()).isEqualTo(DeadlineNotifier.ESCALATED_PRIORITY);
        assertThat(notifications.latest("kalle")).noneMatch(n -> n.title().contains("Nämndmål 4"));
        assertThat(notifications.latest("cecilia")).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.ESCALATION.name());
            assertThat(n.title()).startsWith("Försenad: Skriv: Nämndmål 4");
        });
        assertThat(dueTimers()).isEmpty();
    }

    @Test
    void sendBackAfterTheDeadlineGivesTheAuthorNewTime() {
        ProcessInstance pi = startReview("Verksamhetsstatistik");
        ClockUtil.setCurrentTime(Date.from(START.plus(12, ChronoUnit.DAYS)));
        submit(pi, "anna");
        review(pi, "cecilia", "atersand", "Fel period.");
        Date newDue = task("Task_WriteSection", pi).getDueDate();
        assertThat(newDue).isEqualTo(Date.from(START.plus(17, ChronoUnit.DAYS)));
    }

    private List<Job> dueTimers() {
        return managementService.createJobQuery().timers().duedateLowerThan(ClockUtil.getCurrentTime()).list();
    }
}
