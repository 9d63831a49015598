package se.arshjul.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import se.arshjul.cycle.ArshjulWheel;
import se.arshjul.cycle.CycleCalendar;
import se.arshjul.cycle.CycleCalendars;
import se.arshjul.cycle.DocumentType;
import se.arshjul.reports.FollowupTestData;
import se.arshjul.reports.ReportWorkflow;
import se.arshjul.internalcontrol.Kontrolltillfalle;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.SodertaljeControls;
import se.arshjul.security.CurrentUser;

/**
 * The application is stopped mid-year and started again on the same database (file H2 in the H2
 * run, a PostgreSQL database of its own in the PostgreSQL run), with Camunda's job executor on. The
 * timers that were waiting — the årshjul's cycle starts, a kontrollmoment's monthly control runs and a
 * section's deadline reminder — fire after the restart, and what fired before the stop does not fire again.
 */
class RestartWithPendingTimersTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final int YEAR = 2041;
    private static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void pendingTimersFireAfterARestartAndNothingFiresTwice() {
        TestDatabase db = TestDatabase.fresh("restart");
        long controlId;
        String writeTask;
        String wheelId;

        clock(LocalDateTime.of(YEAR - 1, 12, 10, 9, 0));
        try (AppNode before = AppNode.start("reliab_restart_1", db)) {
            before.bean(FollowupTestData.class).decidedPlan(YEAR);
            before.bean(CycleCalendars.class).save(YEAR, defaultCalendar(YEAR));
            InternalControlService internalControl = before.bean(InternalControlService.class);
            // "1. Egen försörjning": checked every month
            controlId = internalControl.saveControl(YEAR, null, SodertaljeControls.BILAGA_1.get(0).form(), ADMIN).id();
            internalControl.decide(YEAR, null, ADMIN);

            // January: the first control run is created while the application still runs
            clock(LocalDateTime.of(YEAR, 1, 2, 8, 0));
            before.awaitDueJobsDone();
            assertThat(internalControl.runs(controlId)).extracting(Kontrolltillfalle::periodLabel).containsExactly("januari " + YEAR);

            // a section written by Anna, due 10 May: its reminder waits for 7 May
            ProcessInstance review = startReview(before, "REL-RESTART-1", date(LocalDateTime.of(YEAR, 5, 10, 16, 0)));
            TaskService tasks = before.bean(TaskService.class);
            writeTask = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getId();
            tasks.claim(writeTask, "anna");
            wheelId = before.bean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey(CycleCalendars.WHEEL_PROCESS)
                    .processInstanceBusinessKey(CycleCalendars.wheelKey(YEAR)).singleResult().getId();
        }

        // the application is down over the spring and started again on 8 May
        try (AppNode after = AppNode.start("reliab_restart_2", db)) {
            clock(LocalDateTime.of(YEAR, 5, 8, 12, 0));
            after.awaitDueJobsDone();

            HistoryService history = after.bean(HistoryService.class);
            ManagementService management = after.bean(ManagementService.class);
            // delår 1 (start 15 March) was started exactly once by its timer; delår 2 (15 August) still waits
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                    .processInstanceBusinessKey("DELAR1-" + YEAR).count()).isEqualTo(1);
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(wheelId).activityId("Task_StartDELAR1").count())
                    .isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                    .processInstanceBusinessKey("DELAR2-" + YEAR).count()).isZero();
            assertThat(management.createJobQuery().processInstanceId(wheelId).activityId(ArshjulWheel.timerId(DocumentType.DELAR2)).count())
                    .isEqualTo(1);

            // one control run per month January–May: January (before the stop) is not created again
            assertThat(after.bean(InternalControlService.class).runs(controlId)).extracting(Kontrolltillfalle::periodLabel)
                    .containsExactly("januari " + YEAR, "februari " + YEAR, "mars " + YEAR, "april " + YEAR, "maj " + YEAR);

            // exactly one reminder, to Anna, for her section
            JdbcTemplate jdbc = after.bean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT recipient FROM notification WHERE kind = 'REMINDER' AND link = ?", String.class,
                    "/uppgifter/" + writeTask)).containsExactly("anna");
        }
    }

    static ProcessInstance startReview(AppNode node, String businessKey, Date authorDue) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("title", "Avsnitt " + businessKey);
        vars.put("authorGroup", "barn-unga");
        vars.put("reviewerGroup", "barn-unga-chefer");
        vars.put("escalationGroup", "forvaltningsledning");
        vars.put("authorDueDate", Variables.dateValue(authorDue));
        vars.put("reviewDueDate", Variables.dateValue(new Date(authorDue.getTime() + 10L * 24 * 3600 * 1000)));
        return node.bean(RuntimeService.class).startProcessInstanceByKey("Granskning", businessKey, vars);
    }

    static Map<String, String> defaultCalendar(int year) {
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

    static void clock(LocalDateTime time) {
        ClockUtil.setCurrentTime(date(time));
    }

    static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZONE).toInstant());
    }
}
