package se.arshjul.suppliers.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.security.CurrentUser;
import se.arshjul.support.IntegrationTest;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.web.ForbiddenException;
import se.arshjul.suppliers.SupplierReport;
import se.arshjul.suppliers.followup.SupplierFollowup;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementMember;
import se.arshjul.suppliers.registry.Provider;
import se.arshjul.suppliers.registry.SupplierFixtures;
import se.arshjul.suppliers.registry.ProviderRegistry;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.MembershipRegistry;
import se.arshjul.suppliers.registry.AgreementForm;
import se.arshjul.suppliers.followup.SupplierFollowupStarter;

/** The plan för uppföljning och insyn: fastställd, the engine starts exactly the planned follow-ups in their periods, none twice; copying forward. */
@IntegrationTest
class SupplierPlanProcessTest {

    static final CurrentUser DAN = new CurrentUser("dan", List.of("forvaltningsledning"));
    static final CurrentUser KALLE = new CurrentUser("kalle", List.of("chefer", "vuxen", "vuxen-chefer"));
    static final CurrentUser BO = new CurrentUser("bo", List.of("handlaggare", "vuxen"));

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired SupplierPlanReader plans;
    @Autowired SupplierPlanEditor planEditor;
    @Autowired SupplierPlanDecision planDecision;
    @Autowired SupplierFollowupService followups;
    @Autowired SupplierFollowupStarter starter;
    @Autowired ProviderRegistry providerRegistry;
    @Autowired AgreementRegistry agreementRegistry;
    @Autowired MembershipRegistry membershipRegistry;
    @Autowired SupplierFixtures fixtures;
    @Autowired SupplierReport report;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    static void clock(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    SupplierPlanItem item(int planYear, Agreement a, int year, SupplierFollowupKind kind, SupplierPlanScope scope, String period, CurrentUser user) {
        return planEditor.saveItem(planYear, null, new SupplierPlanItemForm(String.valueOf(a.id()), String.valueOf(year), kind.name(),
                scope.name(), period, "Planerad " + kind.name()), user);
    }

    int runDueTimers(String processInstanceId) {
        int executed = 0;
        for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
            managementService.executeJob(job.getId());
            executed++;
        }
        return executed;
    }

    ProcessInstance planInstance(int year) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(SupplierPlanService.PROCESS_KEY)
                .processInstanceBusinessKey(SupplierPlanService.businessKey(year)).singleResult();
    }

    List<SupplierFollowup> of(Agreement a, Provider p) {
        return followups.followupsOf(a.id(), 2071).stream().filter(f -> f.providerId().equals(p.id())).toList();
    }

    @Test
    void theEngineStartsExactlyThePlannedFollowupsInTheirPeriodsAndNoneTwice() {
        clock("2071-01-10T08:00:00Z");
        long n = System.nanoTime();
        Agreement x = fixtures.agreement("Planavtal " + n, "vuxen");
        Provider a = fixtures.provider("Alfa Omsorg AB (fiktiv) " + n);
        Provider b = fixtures.provider("Beta Omsorg AB (fiktiv) " + n);
        Provider c = fixtures.provider("Gamma Omsorg AB (fiktiv) " + n);
        Provider d = fixtures.provider("Delta Omsorg AB (fiktiv) " + n);
        fixtures.join(x, a, LocalDate.of(2070, 1, 1));
        AgreementMember mb = fixtures.join(x, b, LocalDate.of(2070, 1, 1));
        AgreementMember mc = fixtures.join(x, c, LocalDate.of(2070, 1, 1));
        fixtures.join(x, d, LocalDate.of(2071, 5, 1));
        membershipRegistry.setPlacements(x.id(), mc.id(), true, KALLE);

        SupplierPlanItem q2 = item(2071, x, 2071, SupplierFollowupKind.AVTALSUPPFOLJNING, SupplierPlanScope.ALLA, "Q2", KALLE);
        SupplierPlanItem survey = item(2071, x, 2071, SupplierFollowupKind.ENKAT, SupplierPlanScope.MED_PLACERINGAR, "M09", KALLE);
        item(2071, x, 2072, SupplierFollowupKind.KVALITETSUPPFOLJNING, SupplierPlanScope.ALLA, "Q1", KALLE);

        // A's avtalsuppföljning is started by hand before the period
        SupplierFollowup byHand = starter.start(x.id(), a.id(), "Avtalsuppföljning", "2071-02-15", false, SupplierFollowupKind.AVTALSUPPFOLJNING, KALLE);

        assertThatThrownBy(() -> planDecision.establish(2071, BO)).isInstanceOf(ForbiddenException.class);
        planDecision.establish(2071, DAN);
        ProcessInstance pi = planInstance(2071);
        assertThat(pi).isNotNull();
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count()).as("one timer per item of 2071").isEqualTo(2);
        assertThat(runDueTimers(pi.getId())).isZero();

        clock("2071-03-31T20:00:00Z");
        assertThat(runDueTimers(pi.getId())).isZero();
        assertThat(followups.followupsOf(x.id(), 2071)).hasSize(1);

        clock("2071-04-01T05:00:00Z"); // 07:00 in Stockholm, the first day of Q2
        assertThat(runDueTimers(pi.getId())).isEqualTo(1);
        assertThat(of(x, a)).extracting(SupplierFollowup::id).containsExactly(byHand.id());
        assertThat(of(x, b)).hasSize(1);
        assertThat(of(x, c)).hasSize(1);
        assertThat(of(x, d)).as("joined after the period began").isEmpty();
        SupplierFollowup planned = of(x, b).get(0);
        assertThat(planned.processInstanceId()).isNotNull();
        assertThat(planned.startedBy()).isEqualTo("uppfoljningsplan");
        assertThat(planned.documentationDue()).isEqualTo(LocalDate.of(2071, 6, 30));
        assertThat(followups.planItemOf(planned.id())).isEqualTo(q2.id());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(planned.processInstanceId()).singleResult()
                .getProcessDefinitionId()).startsWith(SupplierFollowupService.PROCESS_KEY + ":");

        // fastställd again: the past period fires at once, but nothing is started twice
        planDecision.establish(2071, DAN);
        assertThat(planInstance(2071).getId()).isNotEqualTo(pi.getId());
        pi = planInstance(2071);
        assertThat(runDueTimers(pi.getId())).isEqualTo(1);
        assertThat(followups.followupsOf(x.id(), 2071)).hasSize(3);

        membershipRegistry.endMembership(x.id(), mb.id(), "2071-06-30", "UTFORAREN_AVSLUTADE", null, KALLE);
        clock("2071-09-01T05:00:00Z");
        assertThat(runDueTimers(pi.getId())).isEqualTo(1);
        List<SupplierFollowup> surveys = followups.followupsOf(x.id(), 2071).stream()
                .filter(f -> followups.kindOf(f.id()) == SupplierFollowupKind.ENKAT).toList();
        assertThat(surveys).as("only the provider with placements").extracting(SupplierFollowup::providerId).containsExactly(c.id());
        assertThat(followups.planItemOf(surveys.get(0).id())).isEqualTo(survey.id());
        assertThat(planInstance(2071)).as("every item of the year done").isNull();
        assertThat(followups.followupsOf(x.id(), 2071)).hasSize(4);

        SupplierReport.Row row = report.row(x, 2071);
        assertThat(row.kinds()).isEqualTo("Avtalsuppföljning (3), Enkät (1)");
    }

    @Test
    void copyingForwardMovesThePlanOneYear() {
        long n = System.nanoTime();
        Agreement x = fixtures.agreement("Kopieringsavtal " + n, "vuxen");
        Agreement ending = agreementRegistry.saveAgreement(null, new AgreementForm("Upphörande avtal " + n, "LOV", "Område",
                "2020-01-01", "2083-06-30", "vuxen", null), SupplierFixtures.ADMIN);
        item(2081, x, 2081, SupplierFollowupKind.AVTALSUPPFOLJNING, SupplierPlanScope.ALLA, "Q1", KALLE);
        item(2081, x, 2082, SupplierFollowupKind.KVALITETSUPPFOLJNING, SupplierPlanScope.MED_PLACERINGAR, "M03", KALLE);
        item(2081, x, 2083, SupplierFollowupKind.ENKAT, SupplierPlanScope.ALLA, "Q4", KALLE);
        item(2081, ending, 2083, SupplierFollowupKind.DIALOG, SupplierPlanScope.ALLA, "Q1", KALLE);

        assertThatThrownBy(() -> planDecision.copyForward(2081, BO)).isInstanceOf(ForbiddenException.class);
        SupplierPlan next = planDecision.copyForward(2081, DAN);
        assertThat(next.planYear()).isEqualTo(2082);
        assertThat(plans.items(2082, "ar", false, DAN)).extracting(r -> r.agreement().name() + "|" + r.item().itemYear() + "|"
                        + r.item().kind() + "|" + r.item().scope() + "|" + r.item().period())
                .containsExactly(
                        x.name() + "|2082|KVALITETSUPPFOLJNING|MED_PLACERINGAR|M03",
                        x.name() + "|2083|ENKAT|ALLA|Q4",
                        ending.name() + "|2083|DIALOG|ALLA|Q1",
                        x.name() + "|2084|ENKAT|ALLA|Q4");
        assertThat(plans.items(2081, "ar", false, DAN)).as("the old plan is kept").hasSize(4);
        assertThatThrownBy(() -> planDecision.copyForward(2081, DAN)).isInstanceOf(ActionRefusedException.class)
                .satisfies(e -> assertThat(((ActionRefusedException) e).code()).isEqualTo("supplier.plan.exists"));
        assertThat(plans.items(2082, "ar", false, DAN)).hasSize(4);
    }
}
