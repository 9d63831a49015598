package se.arshjul.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.arshjul.internalcontrol.InternalControlTestSupport.ADMIN;
import static se.arshjul.internalcontrol.InternalControlTestSupport.ANNA;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.validation.FieldError;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.support.IntegrationTest;
import se.arshjul.web.ForbiddenException;

/** Year end: exactly the open items are offered and carried into next year's plan, once, and recorded. */
@IntegrationTest
class CarryOverTest {

    @Autowired InternalControlService service;
    @Autowired YearEndCarryOver carryOver;
    @Autowired KontrolltillfalleRepository runs;
    @Autowired AvvikelseRepository deviations;
    @Autowired WebApplicationContext context;

    @Test
    void carryOverMovesExactlyTheOpenItems() throws Exception {
        int year = 2061;
        Risk open = service.saveRisk(year, null, RiskRegisterTest.form("Lokalprocessen är ineffektiv", 3, 3), ADMIN);
        service.saveRiskAction(year, open.id(), null, "Förtydliga rollerna", "Stabschef", null, "KLART", null, ADMIN);
        service.saveRiskAction(year, open.id(), null, "Utveckla lokalprocessen", "Stabschef", null, "TROLIGEN_KLART_I_AR", "Pågår", ADMIN);
        Risk done = service.saveRisk(year, null, RiskRegisterTest.form("Avhoppare får inte stöd", 2, 3), ADMIN);
        service.saveRiskAction(year, done.id(), null, "Permanent satsning", null, null, "KLART", null, ADMIN);

        Kontrollmoment control = service.saveControl(year, null, SodertaljeControls.BILAGA_1.get(1).form(), ADMIN);
        Avvikelse openDeviation = deviation(control, year, 3, Avvikelse.Status.ACTION_PLANNED, Avvikelse.Severity.HOG);
        deviation(control, year, 4, Avvikelse.Status.CLOSED, Avvikelse.Severity.LAG);

        List<YearEndCarryOver.Candidate> offered = carryOver.candidates(year);
        assertThat(offered).extracting(YearEndCarryOver.Candidate::key)
                .containsExactly("RISK-" + open.id(), "AVVIKELSE-" + openDeviation.id());

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/internkontroll/{y}/uppfoljning", year).with(user("ivar").roles("handlaggare", "stab")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-key=\"AVVIKELSE-" + openDeviation.id() + "\"")))
                .andExpect(content().string(containsString("För över valda punkter")));
        mvc.perform(post("/internkontroll/{y}/overforing", year).param("items", "RISK-" + open.id())
                        .with(user("anna").roles("handlaggare", "barn-unga")).with(csrf()))
                .andExpect(status().isForbidden());

        assertThatThrownBy(() -> carryOver.carryOver(year, List.of("RISK-" + open.id()), ANNA)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> carryOver.carryOver(year, List.of("RISK-" + open.id(), "RISK-" + done.id()), ADMIN))
                .isInstanceOf(InvalidInputException.class);
        assertThat(service.risks(year + 1)).as("nothing half-saved").isEmpty();

        carryOver.carryOver(year, offered.stream().map(YearEndCarryOver.Candidate::key).toList(), ADMIN);

        List<Risk> next = service.risks(year + 1);
        assertThat(next).hasSize(2);
        Risk copied = next.get(0);
        assertThat(copied.risk()).isEqualTo("Lokalprocessen är ineffektiv");
        assertThat(service.riskActions(copied.id())).singleElement().satisfies(a -> {
            assertThat(a.description()).isEqualTo("Utveckla lokalprocessen");
            assertThat(a.kommentar()).contains("Överförd från " + year).contains("Troligen klart i år");
        });
        Risk fromDeviation = next.get(1);
        assertThat(fromDeviation.risk()).isEqualTo("Avvikelse kvarstår: Utbetalning utan beslut");
        assertThat(fromDeviation.konsekvens()).isEqualTo(4);
        assertThat(carryOver.recorded(year)).hasSize(2).allSatisfy(c -> assertThat(c.carriedBy()).isEqualTo("admin"));
        assertThat(carryOver.candidates(year)).allMatch(YearEndCarryOver.Candidate::carried);

        assertThatThrownBy(() -> carryOver.carryOver(year, List.of("RISK-" + open.id()), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().all())
                        .extracting(FieldError::code).containsExactly("ic.carryOver.alreadyCarried"));
        assertThat(service.risks(year + 1)).hasSize(2);
    }

    Avvikelse deviation(Kontrollmoment control, int year, int month, Avvikelse.Status status, Avvikelse.Severity severity) {
        LocalDate start = LocalDate.of(year, month, 1);
        Kontrolltillfalle run = runs.save(new Kontrolltillfalle(null, control.id(), start, start.withDayOfMonth(start.lengthOfMonth()), "månad " + month,
                start.withDayOfMonth(start.lengthOfMonth()).atTime(23, 59), null, Kontrolltillfalle.Status.DONE, "Alla", null,
                Kontrolltillfalle.Result.AVVIKELSE, "bo", LocalDateTime.of(year, month, 20, 10, 0), null));
        return deviations.save(new Avvikelse(null, run.id(), "Utbetalning utan beslut", severity, status, "Rutin ses över", "kalle",
                null, null, null, null, null, LocalDateTime.of(year, month, 20, 10, 0), null));
    }
}
