package se.arshjul.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.arshjul.internalcontrol.InternalControlTestSupport.ADMIN;
import static se.arshjul.internalcontrol.InternalControlTestSupport.clock;
import static se.arshjul.internalcontrol.InternalControlTestSupport.runSchedulers;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.support.IntegrationTest;

/** A run with an avvikelse starts the Avvikelse process; it closes only after a manager (not the doer) verifies. */
@IntegrationTest
class DeviationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired InternalControlService service;
    @Autowired AvvikelseRepository deviations;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    void as(String user) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
        identityService.setAuthentication(user, groups);
    }

    void complete(String user, Task task, Map<String, Object> values) {
        as(user);
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), user);
            }
            taskService.complete(task.getId(), values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    Task task(String key, String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    }

    static java.util.Date at(LocalDateTime swedishTime) {
        return java.util.Date.from(swedishTime.atZone(InternalControlTestSupport.ZONE).toInstant());
    }

    Avvikelse deviationOf(Kontrolltillfalle run) {
        return service.avvikelser(run.id()).get(0);
    }

    @Test
    void avvikelseCreatesAnActionThatCannotBeClosedWithoutAManagersVerification() {
        int year = 2033;
        clock(LocalDateTime.of(year - 1, 12, 10, 9, 0));
        // 4. Rutin för borttag, Combine: stab, monthly (the person is cleared so the group takes the task)
        KontrollmomentForm form = SodertaljeControls.BILAGA_1.get(3).form();
        form.setAnsvarigPerson(null);
        Kontrollmoment control = service.saveControl(year, null, form, ADMIN);
        service.decide(year, null, ADMIN);
        clock(LocalDateTime.of(year, 1, 1, 0, 1));
        runSchedulers(runtimeService, managementService, year);
        Kontrolltillfalle run = service.runs(control.id()).get(0);
        ProcessInstance runProcess = runtimeService.createProcessInstanceQuery().processInstanceId(run.processInstanceId()).singleResult();
        Task perform = task("Task_PerformControl", runProcess.getId());

        clock(LocalDateTime.of(year, 1, 20, 10, 0));
        // an avvikelse without description is refused and nothing is saved
        Map<String, Object> missing = new HashMap<>(Map.of("population", "Samtliga borttag i januari (14 st)", "result", "avvikelse"));
        assertThatThrownBy(() -> complete("ivar", perform, missing))
                .satisfies(e -> assertThat(TaskRuleViolation.in(e)).hasValueSatisfying(v -> assertThat(v.field()).isEqualTo("deviationDescription")));
        assertThat(service.runs(control.id()).get(0).status()).isEqualTo(Kontrolltillfalle.Status.PLANNED);
        assertThat(service.avvikelser(run.id())).isEmpty();

        complete("ivar", task("Task_PerformControl", runProcess.getId()), Map.of("population", "Samtliga borttag i januari (14 st)",
                "sample", "", "result", "avvikelse", "deviationDescription", "Två borttag saknade beslut.", "severity", "medel"));
        Kontrolltillfalle performed = service.runs(control.id()).get(0);
        assertThat(performed.status()).isEqualTo(Kontrolltillfalle.Status.DONE);
        assertThat(performed.result()).isEqualTo(Kontrolltillfalle.Result.AVVIKELSE);
        assertThat(performed.performedBy()).isEqualTo("ivar");
        assertThat(deviationOf(run).status()).isEqualTo(Avvikelse.Status.OPEN);

        ProcessInstance deviation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(runProcess.getId()).singleResult();
        assertThat(deviation).isNotNull();
        assertThat(deviation).isWaitingAt("Task_PlanAction");
        assertThat(deviation.getBusinessKey()).isEqualTo("IK-" + year + "-K" + control.id());
        assertThat(task("Task_PlanAction", deviation.getId()).getDueDate()).as("arshjul.deadlines.avvikelse-plan P14D")
                .isEqualTo(at(LocalDateTime.of(year, 2, 3, 10, 0)));

        // plan: the owner must exist
        assertThatThrownBy(() -> complete("ivar", task("Task_PlanAction", deviation.getId()),
                Map.of("action", "Komplettera besluten", "actionOwner", "finnsinte", "actionDeadline", year + "-02-28")))
                .satisfies(e -> assertThat(TaskRuleViolation.in(e)).isPresent());
        complete("ivar", task("Task_PlanAction", deviation.getId()),
                Map.of("action", "Komplettera besluten", "actionOwner", "lena", "actionDeadline", year + "-02-28"));
        Task doTask = task("Task_PerformAction", deviation.getId());
        assertThat(doTask.getAssignee()).isEqualTo("lena");
        assertThat(deviationOf(run).status()).isEqualTo(Avvikelse.Status.ACTION_PLANNED);

        complete("lena", doTask, Map.of("doneComment", "Besluten kompletterade.", "actionDone", true));
        assertThat(deviationOf(run).status()).isEqualTo(Avvikelse.Status.ACTION_DONE);
        Task verify = task("Task_VerifyAction", deviation.getId());
        assertThat(verify.getDueDate()).as("arshjul.deadlines.avvikelse-verify P10D").isEqualTo(at(LocalDateTime.of(year, 1, 30, 10, 0)));
        assertThat(taskService.getIdentityLinksForTask(verify.getId())).anyMatch(l -> "stab-chefer".equals(l.getGroupId()));

        // four eyes: lena owned and did the action; ivar is not a manager
        assertThatThrownBy(() -> complete("lena", verify, Map.of("decision", "verifiera")))
                .satisfies(e -> assertThat(TaskRuleViolation.in(e).orElseThrow().getMessage()).contains("Fyra ögon"));
        assertThatThrownBy(() -> complete("ivar", task("Task_VerifyAction", deviation.getId()), Map.of("decision", "verifiera")))
                .satisfies(e -> assertThat(TaskRuleViolation.in(e).orElseThrow().getMessage()).contains("Bara en chef"));
        assertThat(deviationOf(run).status()).isEqualTo(Avvikelse.Status.ACTION_DONE);
        assertThat(deviationOf(run).verifiedBy()).isNull();
        assertThat(deviation).isWaitingAt("Task_VerifyAction");

        // send back needs a comment, and returns the action to its owner
        assertThatThrownBy(() -> complete("dan", task("Task_VerifyAction", deviation.getId()), Map.of("decision", "atersand")))
                .satisfies(e -> assertThat(TaskRuleViolation.in(e).orElseThrow().field()).isEqualTo("verifyComment"));
        complete("dan", task("Task_VerifyAction", deviation.getId()), Map.of("decision", "atersand", "verifyComment", "Ett beslut saknas fortfarande."));
        assertThat(deviation).isWaitingAt("Task_PerformAction");
        assertThat(deviationOf(run).status()).isEqualTo(Avvikelse.Status.ACTION_PLANNED);

        complete("lena", task("Task_PerformAction", deviation.getId()), Map.of("doneComment", "Båda besluten kompletterade.", "actionDone", true));
        complete("dan", task("Task_VerifyAction", deviation.getId()), Map.of("decision", "verifiera", "verifyComment", ""));
        Avvikelse closed = deviationOf(run);
        assertThat(closed.status()).isEqualTo(Avvikelse.Status.CLOSED);
        assertThat(closed.verifiedBy()).isEqualTo("dan");
        assertThat(closed.doneBy()).isEqualTo("lena");
        assertThat(deviation).isEnded();
        assertThat(runProcess).isEnded();
    }

    @Test
    void okResultEndsTheRunWithoutDeviation() {
        int year = 2034;
        clock(LocalDateTime.of(year - 1, 12, 10, 9, 0));
        Kontrollmoment control = service.saveControl(year, null, SodertaljeControls.BILAGA_1.get(10).form(), ADMIN);
        service.decide(year, null, ADMIN);
        clock(LocalDateTime.of(year, 5, 1, 0, 1));
        runSchedulers(runtimeService, managementService, year);
        Kontrolltillfalle run = service.runs(control.id()).get(0);
        complete("cecilia", task("Task_PerformControl", run.processInstanceId()),
                Map.of("population", "Kontinuitetsplaner för alla enheter", "result", "ok"));
        assertThat(service.runs(control.id()).get(0).result()).isEqualTo(Kontrolltillfalle.Result.OK);
        assertThat(service.avvikelser(run.id())).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(run.processInstanceId()).count()).isZero();
    }
}
