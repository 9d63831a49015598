package se.arshjul.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.arshjul.internalcontrol.InternalControlTestSupport.ADMIN;
import static se.arshjul.internalcontrol.InternalControlTestSupport.ANNA;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.IntegrationTest;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.ForbiddenException;
import se.arshjul.web.PageMessages;

/** Riskvärde, colour band, heat-map placement and the threshold's proposal. */
@IntegrationTest
class RiskRegisterTest {

    @Autowired InternalControlService service;
    @Autowired PageMessages errors;
    @Autowired InternalControlPlanService plans;
    @Autowired RiskRegister register;

    static RiskForm form(String risk, int s, int k) {
        RiskForm f = new RiskForm();
        f.setProcess("Stödprocess – IT");
        f.setRisk(risk);
        f.setSannolikhet(String.valueOf(s));
        f.setKonsekvens(String.valueOf(k));
        return f;
    }

    @Test
    void riskvardeIsTheProductAndTheRiskLandsInItsHeatMapCell() {
        int year = 2041;
        Risk high = service.saveRisk(year, null, form("Verksamhetssystemet går ner", 3, 4), ADMIN);
        Risk low = service.saveRisk(year, null, form("Fel i blankett", 2, 1), ADMIN);
        Risk edge = service.saveRisk(year, null, form("Försenad rapport", 3, 3), ADMIN);

        assertThat(high.riskvarde()).isEqualTo(12);
        assertThat(high.level()).isEqualTo(RiskScale.Level.VERY_HIGH);
        assertThat(low.riskvarde()).isEqualTo(2);
        assertThat(low.level()).isEqualTo(RiskScale.Level.LOW);
        assertThat(RiskScale.level(4)).isEqualTo(RiskScale.Level.MEDIUM);
        assertThat(RiskScale.level(6)).isEqualTo(RiskScale.Level.MEDIUM);
        assertThat(RiskScale.level(8)).isEqualTo(RiskScale.Level.HIGH);

        HeatMap map = register.heatMap(year);
        assertThat(map.cell(3, 4).risks()).extracting(Risk::id).containsExactly(high.id());
        assertThat(map.cell(4, 3).risks()).isEmpty();
        assertThat(map.cell(2, 1).risks()).extracting(Risk::id).containsExactly(low.id());
        assertThat(map.cell(3, 4).riskvarde()).isEqualTo(12);
        // rows run from konsekvens 4 at the top to 1, columns sannolikhet 1..4
        assertThat(map.rows().get(0).konsekvens()).isEqualTo(4);
        assertThat(map.rows().get(0).cells().get(2)).isSameAs(map.cell(3, 4));
        assertThat(map.rows().stream().mapToInt(r -> r.cells().stream().mapToInt(c -> c.risks().size()).sum()).sum()).isEqualTo(3);

        // default threshold 9: at or above → the board's plan, below → egenkontroll; the decision is recorded per risk
        assertThat(high.placement()).isEqualTo(Risk.Placement.NAMNDENS_PLAN);
        assertThat(edge.placement()).isEqualTo(Risk.Placement.NAMNDENS_PLAN);
        assertThat(low.placement()).isEqualTo(Risk.Placement.EGENKONTROLL);
        RiskForm overridden = form("Fel i blankett", 2, 1);
        overridden.setPlacement("NAMNDENS_PLAN");
        assertThat(service.saveRisk(year, low.id(), overridden, ADMIN).placement()).isEqualTo(Risk.Placement.NAMNDENS_PLAN);
    }

    @Test
    void thresholdIsConfigurablePerYear() {
        int year = 2042;
        plans.setThreshold(year, "12", ADMIN);
        assertThat(service.saveRisk(year, null, form("Risk nio", 3, 3), ADMIN).placement()).isEqualTo(Risk.Placement.EGENKONTROLL);
        assertThat(service.saveRisk(year, null, form("Risk tolv", 4, 3), ADMIN).placement()).isEqualTo(Risk.Placement.NAMNDENS_PLAN);
        assertThatThrownBy(() -> plans.setThreshold(year, "17", ADMIN)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().all()).singleElement().satisfies(err -> {
                    assertThat(err.code()).isEqualTo("validation.wholeBetween");
                    assertThat(err.args()).containsExactly(1, 16);
                }));
    }

    @Test
    void invalidScoresAreRefusedWithSwedishMessagesAndStaffCannotEdit() {
        int year = 2043;
        assertThatThrownBy(() -> service.saveRisk(year, null, form("\u200B ", 5, 0), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(errors.resolve(e.errors()))
                        .containsEntry("risk", "Måste fyllas i.")
                        .containsEntry("sannolikhet", "Välj ett av alternativen.")
                        .containsEntry("konsekvens", "Välj ett av alternativen."));
        assertThatThrownBy(() -> service.saveRisk(year, null, form("Risk", 2, 2), ANNA)).isInstanceOf(ForbiddenException.class);
        assertThat(service.risks(year)).isEmpty();
    }
}
