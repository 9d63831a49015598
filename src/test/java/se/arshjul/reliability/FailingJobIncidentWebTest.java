package se.arshjul.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.cycle.ArshjulWheel;
import se.arshjul.cycle.CycleCalendars;
import se.arshjul.cycle.DocumentType;
import se.arshjul.reports.FollowupTestData;
import se.arshjul.reports.ReportWorkflow;
import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/**
 * A failing service task of the product: the årshjul's "Starta delårsrapport 1" (bpmn/arshjul.bpmn,
 * {@code arshjulWheel.startCycle}) fails when the year has no decided verksamhetsplan. Its job is
 * retried, becomes an incident when the retries are used up — visible through the engine and through
 * the REST API Cockpit reads — and after the fix (the plan is decided) a retry, as Cockpit's "Retry"
 * does it (setJobRetries), continues the process and starts the cycle.
 */
class FailingJobIncidentWebTest extends AppTestBase {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Autowired CycleCalendars calendars;
    @Autowired FollowupTestData testData;
    @Autowired ReportWorkflow reports;

    @Test
    void aFailingCycleStartRetriesBecomesAnIncidentInCockpitAndContinuesAfterTheFix() {
        int year = testData.freeYear();
        calendars.save(year, RestartWithPendingTimersTest.defaultCalendar(year));
        ProcessInstance wheel = runtimeService.createProcessInstanceQuery().processDefinitionKey(CycleCalendars.WHEEL_PROCESS)
                .processInstanceBusinessKey(CycleCalendars.wheelKey(year)).singleResult();
        Job job = managementService.createJobQuery().processInstanceId(wheel.getId())
                .activityId(ArshjulWheel.timerId(DocumentType.DELAR1)).singleResult();
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 3, 15).atTime(12, 0).atZone(ZONE).toInstant()));

        // the job fails and is retried: three attempts, then an incident
        int retries = job.getRetries();
        assertThat(retries).isEqualTo(3);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("ingen beslutad verksamhetsplan");
            Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
            assertThat(after.getRetries()).isEqualTo(retries - attempt);
            assertThat(runtimeService.createIncidentQuery().processInstanceId(wheel.getId()).count()).isEqualTo(attempt < 3 ? 0 : 1);
        }
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(wheel.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getConfiguration()).isEqualTo(job.getId());
        assertThat(incident.getIncidentMessage()).contains("ingen beslutad verksamhetsplan");
        assertThat(reports.isStarted(year, DocumentType.DELAR1)).isFalse();

        // what Cockpit shows: the incident over the engine REST API, and the process definition's incident count
        HttpSession admin = new HttpSession(baseUrl());
        HttpResponse<String> incidents = admin.getWithBasicAuth("/engine-rest/incident?processInstanceId=" + wheel.getId(), "admin", PASSWORD);
        assertThat(incidents.statusCode()).isEqualTo(200);
        assertThat(incidents.body()).contains("\"id\":\"" + incident.getId() + "\"").contains("\"incidentType\":\"failedJob\"")
                .contains("\"configuration\":\"" + job.getId() + "\"").contains("ingen beslutad verksamhetsplan");
        HttpResponse<String> statistics = admin.getWithBasicAuth("/engine-rest/process-definition/statistics?incidents=true", "admin", PASSWORD);
        assertThat(statistics.statusCode()).isEqualTo(200);
        assertThat(statistics.body()).contains("\"key\":\"Arshjul\"").contains("\"incidentType\":\"failedJob\"");
        // staff do not reach it
        assertThat(admin.getWithBasicAuth("/engine-rest/incident", "anna", PASSWORD).statusCode()).isEqualTo(403);

        // the fix: the plan is decided; then "Retry" (one more retry) continues the process
        testData.decidedPlan(year);
        managementService.setJobRetries(job.getId(), 1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(wheel.getId()).count()).isZero();
        managementService.executeJob(job.getId());
        assertThat(reports.isStarted(year, DocumentType.DELAR1)).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey("DELAR1-" + year).count()).isEqualTo(1);
        assertThat(managementService.createJobQuery().jobId(job.getId()).count()).isZero();
        assertThat(admin.getWithBasicAuth("/engine-rest/incident?processInstanceId=" + wheel.getId(), "admin", PASSWORD).body())
                .isEqualTo("[]");
    }
}
