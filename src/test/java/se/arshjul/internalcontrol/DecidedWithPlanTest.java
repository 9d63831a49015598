package se.arshjul.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static se.arshjul.internalcontrol.InternalControlTestSupport.ADMIN;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import se.arshjul.planning.PlanDecided;
import se.arshjul.support.IntegrationTest;

/** The internkontrollplan is fastställd when the board decides the year's verksamhetsplan. */
@IntegrationTest
class DecidedWithPlanTest {

    @Autowired InternalControlService service;
    @Autowired InternalControlPlanService plans;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired RuntimeService runtimeService;

    @Test
    void theBoardsDecisionOnThePlanDecidesTheInternalControlPlanAndSchedulesItsRuns() {
        int year = 2091;
        service.saveControl(year, null, SodertaljeControls.BILAGA_1.get(0).form(), ADMIN);

        tx.executeWithoutResult(s -> events.publishEvent(new PlanDecided(year, LocalDate.of(2070, 12, 14), "§ 123", "SN-2070/1.111")));

        InternalControlPlan plan = plans.plan(year);
        assertThat(plan.decided()).isTrue();
        assertThat(plan.decisionNote()).contains("SN-2070/1.111").contains("§ 123");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KontrollmomentScheduler.PROCESS_KEY)
                .processInstanceBusinessKeyLike("IK-" + year + "-K%").count()).isEqualTo(1);
    }

    @Test
    void anInternalControlPlanDecidedEarlierIsNotDecidedAgain() {
        int year = 2092;
        service.saveControl(year, null, SodertaljeControls.BILAGA_1.get(0).form(), ADMIN);
        service.decide(year, "Redan fastställd", ADMIN);

        tx.executeWithoutResult(s -> events.publishEvent(new PlanDecided(year, LocalDate.of(2071, 12, 14), "§ 9", "SN-2071/2.111")));

        assertThat(plans.plan(year).decisionNote()).isEqualTo("Redan fastställd");
    }

    @Test
    void aYearWithoutControlsIsLeftAlone() {
        int year = 2093;
        tx.executeWithoutResult(s -> events.publishEvent(new PlanDecided(year, LocalDate.of(2072, 12, 14), "§ 1", "SN-2072/3.111")));
        assertThat(plans.plan(year).decided()).isFalse();
    }
}
