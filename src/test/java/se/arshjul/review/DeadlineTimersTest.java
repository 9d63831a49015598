package se.arshjul.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.notifications.Notification;
import se.arshjul.notifications.NotificationService;
import se.arshjul.support.IntegrationTest;

/**
 * The supplier follow-up's deadline timers share one notify path: before the due date the timer
 * reminds whoever has the task, at the due date it escalates to the manager group.
 */
@IntegrationTest
class DeadlineTimersTest {
    static final Instant START = Instant.parse("2026-02-02T08:00:00Z");

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired NotificationService notifications;

    @BeforeEach
    void setClock() {
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aSupplierFollowUpTaskIsRemindedThenEscalatedThroughTheSharedPath() {
        Date due = Date.from(START.plus(10, ChronoUnit.DAYS));
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("Leverantorsuppfoljning", "LU-2026-timertest", Map.of(
                "followupId", -1L, "title", "Timertest", "providerName", "Timertest AB", "agreementName", "Avtal",
                "deep", false, "unitGroup", "vuxen", "managerGroup", "vuxen-chefer", "docDueDate", due,
                "reviewDueDate", Date.from(START.plus(20, ChronoUnit.DAYS))));
        try {
            Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
            assertThat(task.getDueDate()).isEqualTo(due);
            assertThat(timerDates(pi)).containsExactly(Date.from(START.plus(7, ChronoUnit.DAYS)), due);
            long remindersBefore = count("bo", Notification.Kind.REMINDER);
            long escalationsBefore = count("kalle", Notification.Kind.ESCALATION);

            ClockUtil.setCurrentTime(Date.from(START.plus(7, ChronoUnit.DAYS)));
            assertThat(runDueTimers(pi)).isEqualTo(1);
            assertThat(count("bo", Notification.Kind.REMINDER)).isEqualTo(remindersBefore + 1);
            assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getPriority()).isNotEqualTo(DeadlineNotifier.ESCALATED_PRIORITY);

            ClockUtil.setCurrentTime(Date.from(START.plus(10, ChronoUnit.DAYS)));
            assertThat(runDueTimers(pi)).isEqualTo(1);
            assertThat(count("kalle", Notification.Kind.ESCALATION)).as("the unit's manager hears of it").isGreaterThan(escalationsBefore);
            assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getPriority()).isEqualTo(DeadlineNotifier.ESCALATED_PRIORITY);
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                    .activityId("Task_NotifyDeadline").count()).as("both timers took the one shared path").isEqualTo(2);
        } finally {
            runtimeService.deleteProcessInstance(pi.getId(), "test");
        }
    }

    private List<Date> timerDates(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().list().stream().map(Job::getDuedate).sorted().toList();
    }

    private int runDueTimers(ProcessInstance pi) {
        List<Job> due = managementService.createJobQuery().processInstanceId(pi.getId()).timers().executable().list();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.size();
    }

    private long count(String user, Notification.Kind kind) {
        return notifications.latest(user).stream().filter(n -> n.kind().equals(kind.name()) && n.title().contains("Timertest AB")).count();
    }
}
