package se.arshjul.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static se.arshjul.internalcontrol.InternalControlTestSupport.ADMIN;
import static se.arshjul.internalcontrol.InternalControlTestSupport.clock;
import static se.arshjul.internalcontrol.InternalControlTestSupport.runSchedulers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.IntegrationTest;

/** The engine schedules "Utför kontroll" per period: the clock is moved through a whole year. */
@IntegrationTest
class ControlSchedulingTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;
    @Autowired InternalControlService service;
    @Autowired KontrollmomentService controlService;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    List<LocalDate> dueDates(long controlId) {
        return taskService.createTaskQuery().taskDefinitionKey("Task_PerformControl")
                .processVariableValueEquals("controlId", controlId).list().stream()
                .map(Task::getDueDate).map(d -> LocalDate.ofInstant(d.toInstant(), InternalControlTestSupport.ZONE))
                .sorted().toList();
    }

    static List<Month> months(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::getMonth).toList();
    }

    @Test
    void sodertaljesTwelveControlsGetExactlyTheRunsTheirFrequenciesSay() {
        int year = 2031;
        clock(LocalDateTime.of(year - 1, 12, 10, 9, 0));
        List<Kontrollmoment> controls = new ArrayList<>();
        for (SodertaljeControls.Row row : SodertaljeControls.BILAGA_1) {
            controls.add(service.saveControl(year, null, row.form(), ADMIN));
        }
        service.decide(year, "Beslut i socialnämnden", ADMIN);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KontrollmomentScheduler.PROCESS_KEY)
                .processInstanceBusinessKeyLike("IK-" + year + "-K%").count()).isEqualTo(12);
        assertThat(dueDates(controls.get(0).id())).as("nothing before the year starts").isEmpty();

        for (int month = 1; month <= 12; month++) {
            clock(LocalDateTime.of(year, month, 1, 0, 1));
            runSchedulers(runtimeService, managementService, year);
        }
        clock(LocalDateTime.of(year + 1, 1, 2, 8, 0));
        runSchedulers(runtimeService, managementService, year);

        List<Month> all = List.of(Month.values());
        List<Month> aprAugDec = List.of(Month.APRIL, Month.AUGUST, Month.DECEMBER);
        List<List<Month>> expected = List.of(all, all, all, all, aprAugDec, List.of(Month.NOVEMBER), List.of(Month.NOVEMBER),
                aprAugDec, aprAugDec, List.of(Month.NOVEMBER), List.of(Month.MAY, Month.NOVEMBER), all);
        for (int i = 0; i < 12; i++) {
            Kontrollmoment c = controls.get(i);
            List<LocalDate> due = dueDates(c.id());
            assertThat(months(due)).as(c.process()).isEqualTo(expected.get(i));
            // due at the end of each period, and one domain run per task
            due.forEach(d -> assertThat(d).isEqualTo(d.withDayOfMonth(d.lengthOfMonth())));
            assertThat(service.runs(c.id())).hasSize(expected.get(i).size());
        }
        // the tasks go to the control's ansvarig: group, and the person when the plan names one
        Task stab = taskService.createTaskQuery().processVariableValueEquals("controlId", controls.get(3).id()).list().get(0);
        assertThat(stab.getAssignee()).isEqualTo("lena");
        assertThat(taskService.getIdentityLinksForTask(stab.getId())).anyMatch(l -> "stab".equals(l.getGroupId()));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KontrollmomentScheduler.PROCESS_KEY)
                .processInstanceBusinessKeyLike("IK-" + year + "-K%").count()).as("schedulers end with the year").isZero();
    }

    @Test
    void frequencyChangeMidYearReschedulesOnlyFutureRuns() {
        int year = 2032;
        clock(LocalDateTime.of(year - 1, 12, 10, 9, 0));
        Kontrollmoment control = service.saveControl(year, null, SodertaljeControls.BILAGA_1.get(2).form(), ADMIN);
        service.decide(year, null, ADMIN);
        for (int month = 1; month <= 5; month++) {
            clock(LocalDateTime.of(year, month, 1, 0, 1));
            runSchedulers(runtimeService, managementService, year);
        }
        List<Kontrolltillfalle> before = service.runs(control.id());
        assertThat(before).hasSize(5);

        clock(LocalDateTime.of(year, 5, 15, 10, 0));
        KontrollmomentForm quarterly = KontrollmomentForm.of(controlService.control(year, control.id()));
        quarterly.setFrekvens(Frequency.QUARTERLY.name());
        service.saveControl(year, control.id(), quarterly, ADMIN);

        for (int month = 6; month <= 12; month++) {
            clock(LocalDateTime.of(year, month, 1, 0, 1));
            runSchedulers(runtimeService, managementService, year);
        }
        List<Kontrolltillfalle> after = service.runs(control.id());
        assertThat(after.subList(0, 5)).as("runs already created are untouched").isEqualTo(before);
        assertThat(after).extracting(Kontrolltillfalle::periodLabel).containsExactly(
                "januari " + year, "februari " + year, "mars " + year, "april " + year, "maj " + year,
                "Kvartal 3 " + year, "Kvartal 4 " + year);
        assertThat(months(dueDates(control.id()))).containsExactly(Month.JANUARY, Month.FEBRUARY, Month.MARCH, Month.APRIL,
                Month.MAY, Month.SEPTEMBER, Month.DECEMBER);
    }
}
