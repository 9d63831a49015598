package se.arshjul.internalcontrol;

import se.arshjul.status.ActionStatus;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.IntegrationTest;
import se.arshjul.demo.InternalControlDemo;

/** The demo plans from seeds 002 (Huddinge 2021 at delår 2), 000 (Huddinge 2022) and 004 (Södertälje 2023), created once. */
@IntegrationTest
class InternalControlDemoDataTest {

    @Autowired InternalControlDemo demo;
    @Autowired InternalControlService service;
    @Autowired InternalControlPlanService plans;
    @Autowired RiskRegister register;

    @Test
    void demoPlansComeFromTheSeedsAndAreCreatedOnlyOnce() {
        demo.seedOnce();
        demo.seedOnce();

        assertThat(service.risks(2022)).hasSize(5)
                .anySatisfy(r -> assertThat(r.risk()).isEqualTo("Unga lagöverträdare fortsätter sin kriminella bana."));
        assertThat(service.risks(2022)).allSatisfy(r -> assertThat(service.riskActions(r.id())).hasSize(1));
        assertThat(register.auditActions(2022)).hasSize(2);
        assertThat(service.controls(2022)).hasSize(8);
        assertThat(service.controls(2022).stream().filter(Kontrollmoment::kommunovergripande).count()).isEqualTo(7);

        assertThat(service.controls(2023)).hasSize(12).extracting(c -> c.frekvens() + " " + c.manadsnamn()).containsExactly(
                "MONTHLY ", "MONTHLY ", "MONTHLY ", "MONTHLY ", "SELECTED_MONTHS apr, aug, dec", "YEARLY nov",
                "YEARLY nov", "SELECTED_MONTHS apr, aug, dec", "SELECTED_MONTHS apr, aug, dec", "YEARLY nov",
                "SELECTED_MONTHS maj, nov", "MONTHLY ");
        assertThat(service.controls(2023).get(0).metod()).isEqualTo(Kontrollmoment.Metod.STICKPROV);
        assertThat(plans.plan(2023).decided()).isFalse();

        // Seed 002: boendestöd "Troligen klart i år", avhoppare "Ej klart i år", the KPMG review "Klart".
        assertThat(service.risks(2021)).hasSize(2).flatExtracting(r -> service.riskActions(r.id()))
                .extracting(RiskAction::status).containsExactlyInAnyOrder(ActionStatus.TROLIGEN_KLART_I_AR, ActionStatus.EJ_KLART_I_AR);
        assertThat(register.auditActions(2021)).singleElement().satisfies(a -> {
            assertThat(a.diarienummer()).isEqualTo("SN 2019/1703");
            assertThat(a.status()).isEqualTo(ActionStatus.KLART);
        });
    }
}
