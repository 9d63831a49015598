package se.arshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.reports.FollowupTestData;
import se.arshjul.reports.ReportWorkflow;
import se.arshjul.support.IntegrationTest;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;

@IntegrationTest
class ArshjulWheelTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Autowired CycleCalendars calendars;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired ReportWorkflow reports;
    @Autowired FollowupTestData testData;
    @Autowired PageMessages messages;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachCycleStartsOnItsStartDateAndCanBeStartedEarlyByHand() {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        Map<String, String> form = form(year);
        form.put("DELAR1.periodEnd", year + "-04-30");
        form.put("DELAR1.startDate", year + "-04-14");
        form.put("DELAR1.sectionDue", year + "-05-12");
        form.put("DELAR1.reviewDue", year + "-05-15");
        form.put("DELAR1.approvalDue", year + "-05-20");
        form.put("DELAR1.decisionDue", year + "-06-10");
        calendars.save(year, form);

        ProcessInstance wheel = wheel(year);
        assertThat(wheel).isNotNull();
        assertThat(timer(wheel, DocumentType.DELAR1).getDuedate()).isEqualTo(startOfDay(LocalDate.of(year, 4, 14)));
        assertThat(timer(wheel, DocumentType.DELAR2).getDuedate()).isEqualTo(startOfDay(LocalDate.of(year, 8, 15)));

        // the day before: nothing starts
        runDueJobs(wheel, LocalDate.of(year, 4, 13));
        assertThat(reports.isStarted(year, DocumentType.DELAR1)).isFalse();
        // on the start date delår 1 starts with its own process; the other cycles still wait
        runDueJobs(wheel, LocalDate.of(year, 4, 14));
        assertThat(reports.isStarted(year, DocumentType.DELAR1)).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey("DELAR1-" + year).count()).isEqualTo(1);
        assertThat(reports.isStarted(year, DocumentType.DELAR2)).isFalse();
        assertThat(timer(wheel, DocumentType.DELAR1)).isNull();

        // delår 2 is started by hand in June; its timer in August then leaves it alone
        ClockUtil.setCurrentTime(startOfDay(LocalDate.of(year, 6, 10)));
        reports.start(year, DocumentType.DELAR2);
        runDueJobs(wheel, LocalDate.of(year, 8, 15));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey("DELAR2-" + year).count()).isEqualTo(1);
        assertThat(timer(wheel, DocumentType.DELAR2)).isNull();

        // the admin moves the VB start: the waiting timer moves with it
        form.put("VB.version", String.valueOf(calendars.forCycle(year, DocumentType.VB).version()));
        form.put("VB.startDate", year + "-11-20");
        calendars.save(year, form);
        assertThat(timer(wheel, DocumentType.VB).getDuedate()).isEqualTo(startOfDay(LocalDate.of(year, 11, 20)));
        runDueJobs(wheel, LocalDate.of(year, 11, 19));
        assertThat(reports.isStarted(year, DocumentType.VB)).isFalse();
        runDueJobs(wheel, LocalDate.of(year, 11, 20));
        assertThat(reports.isStarted(year, DocumentType.VB)).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(wheel.getId()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(wheel.getId()).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_Wheel");
    }

    @Test
    void theCalendarIsValidatedWithTheBundlesMessages() {
        int year = testData.freeYear();
        Map<String, String> form = form(year);
        form.put("DELAR1.periodEnd", year + "-05-31");
        form.put("DELAR2.sectionDue", year + "-08-20");
        form.put("VB.startDate", "");
        form.put("VB.decisionDue", "25/2");
        assertThatThrownBy(() -> calendars.save(year, form)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(messages.resolve(e.errors()))
                    .containsEntry("DELAR1.periodEnd", "Perioden ska sluta något av datumen " + year + "-03-31, " + year + "-04-30.")
                    .containsEntry("DELAR2.sectionDue", "Sista dag för avsnitten ska vara efter periodens slut.")
                    .containsEntry("VB.startDate", "Måste fyllas i.")
                    .containsEntry("VB.decisionDue", "Skriv datumet som åååå-mm-dd, till exempel 2026-03-31.");
        });
        assertThat(calendars.isSaved(year)).isFalse();
        assertThat(wheel(year)).isNull();
        // an approval before the review is refused
        Map<String, String> order = form(year);
        order.put("DELAR2.approvalDue", year + "-09-12");
        assertThatThrownBy(() -> calendars.save(year, order)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages.resolve(e.errors())).containsOnlyKeys("DELAR2.approvalDue"));
    }

    @Test
    void aCycleWithoutADecidedPlanFailsAsAnIncidentAndIsNotMarkedStarted() {
        int year = testData.freeYear();
        calendars.save(year, form(year));
        ProcessInstance wheel = wheel(year);
        Job timer = timer(wheel, DocumentType.DELAR1);
        ClockUtil.setCurrentTime(startOfDay(LocalDate.of(year, 3, 15)));
        assertThatThrownBy(() -> managementService.executeJob(timer.getId())).hasMessageContaining("ingen beslutad verksamhetsplan");
        assertThat(reports.isStarted(year, DocumentType.DELAR1)).isFalse();
        assertThat(managementService.createJobQuery().jobId(timer.getId()).singleResult()).isNotNull();
    }

    private static Map<String, String> form(int year) {
        Map<String, String> form = new HashMap<>();
        for (DocumentType type : CycleCalendar.FOLLOW_UP) {
            CycleCalendar c = CycleCalendar.defaults(year, type);
            String p = type.name() + ".";
            form.put(p + "periodEnd", c.periodEnd().toString());
            form.put(p + "startDate", c.startDate().toString());
            form.put(p + "sectionDue", c.sectionDue().toString());
            form.put(p + "reviewDue", c.reviewDue().toString());
            form.put(p + "approvalDue", c.approvalDue().toString());
            form.put(p + "decisionDue", c.decisionDue().toString());
        }
        return form;
    }

    private ProcessInstance wheel(int year) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(CycleCalendars.WHEEL_PROCESS)
                .processInstanceBusinessKey(CycleCalendars.wheelKey(year)).singleResult();
    }

    private Job timer(ProcessInstance wheel, DocumentType type) {
        return managementService.createJobQuery().processInstanceId(wheel.getId()).activityId(ArshjulWheel.timerId(type)).singleResult();
    }

    /** Moves the engine clock to noon of the day and executes the wheel's jobs that are due then. */
    private void runDueJobs(ProcessInstance wheel, LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(ZONE).toInstant()));
        List<Job> due = managementService.createJobQuery().processInstanceId(wheel.getId()).executable().list();
        due.forEach(job -> managementService.executeJob(job.getId()));
    }

    private static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }
}
