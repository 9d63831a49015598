package se.arshjul.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arshjul.internalcontrol.InternalControlTestSupport.ADMIN;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.cycle.DocumentType;
import se.arshjul.support.IntegrationTest;

/** The internkontroll section of delår 1 and the VB: compiled tables per cut-off date, and the controller's text. */
@IntegrationTest
class ReportSectionTest {

    @Autowired InternalControlService service;
    @Autowired InternalControlReporting reporting;
    @Autowired KontrolltillfalleRepository runs;
    @Autowired AvvikelseRepository deviations;
    @Autowired WebApplicationContext context;

    Kontrolltillfalle run(Kontrollmoment c, int year, int month, Kontrolltillfalle.Status status, Kontrolltillfalle.Result result) {
        LocalDate start = LocalDate.of(year, month, 1);
        LocalDate end = start.withDayOfMonth(start.lengthOfMonth());
        return runs.save(new Kontrolltillfalle(null, c.id(), start, end, "m" + month, end.atTime(23, 59), null, status,
                result == null ? null : "Alla", null, result, result == null ? null : "cecilia",
                result == null ? null : end.atTime(12, 0), null));
    }

    @Test
    void delarAndVbSectionsAreCompiledFromTheRegisterAndTheRuns() throws Exception {
        int year = 2071;
        Risk risk = service.saveRisk(year, null, RiskRegisterTest.form("Barn med komplexa behov får inte stöd", 3, 4), ADMIN);
        service.saveRiskAction(year, risk.id(), null, "Stärka samverkan med regionen", null, null, "BLIR_KLART_I_AR", "Avtal klart i höst", ADMIN);
        Kontrollmoment monthly = service.saveControl(year, null, SodertaljeControls.BILAGA_1.get(2).form(), ADMIN);
        Kontrollmoment november = service.saveControl(year, null, SodertaljeControls.BILAGA_1.get(6).form(), ADMIN);
        run(monthly, year, 1, Kontrolltillfalle.Status.DONE, Kontrolltillfalle.Result.OK);
        Kontrolltillfalle feb = run(monthly, year, 2, Kontrolltillfalle.Status.DONE, Kontrolltillfalle.Result.AVVIKELSE);
        deviations.save(new Avvikelse(null, feb.id(), "Utredning över 122 dagar", Avvikelse.Severity.MEDEL,
                Avvikelse.Status.ACTION_PLANNED, "Ny rutin", "cecilia", null, null, null, null, null, LocalDateTime.of(year, 2, 20, 9, 0), null));
        run(monthly, year, 3, Kontrolltillfalle.Status.PLANNED, null);
        run(monthly, year, 5, Kontrolltillfalle.Status.DONE, Kontrolltillfalle.Result.OK);

        InternalControlReporting.Section delar1 = reporting.section(year, DocumentType.DELAR1);
        assertThat(delar1.cutoff()).isEqualTo(LocalDate.of(year, 4, 30));
        assertThat(delar1.risks()).singleElement().isEqualTo(new InternalControlReporting.RiskRow("Stödprocess – IT",
                "Barn med komplexa behov får inte stöd", "Stärka samverkan med regionen", "Blir klart i år", "Avtal klart i höst"));
        assertThat(delar1.controls()).extracting(InternalControlReporting.ControlRow::planned, InternalControlReporting.ControlRow::done,
                InternalControlReporting.ControlRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, 2, "1 avvikelse(r), 1 med pågående åtgärd"),
                org.assertj.core.groups.Tuple.tuple(0, 0, "Inga kontroller planerade under perioden"));
        InternalControlReporting.Section vb = reporting.section(year, DocumentType.VB);
        assertThat(vb.controls().get(0).planned()).isEqualTo(12);
        assertThat(vb.controls().get(0).done()).isEqualTo(3);
        assertThat(vb.controls().get(1).status()).isEqualTo("Ej genomförd");

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var anna = user("anna").roles("handlaggare", "barn-unga");
        var ivar = user("ivar").roles("handlaggare", "stab");
        mvc.perform(get("/internkontroll/{y}/rapport/DELAR1", year).with(anna)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Blir klart i år")))
                .andExpect(content().string(not(containsString("Spara text"))));
        mvc.perform(get("/internkontroll/{y}/rapport/VP", year).with(anna)).andExpect(status().isNotFound());
        mvc.perform(post("/internkontroll/{y}/rapport/VB", year).with(anna).with(csrf()).param("assessment", "Betryggande"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/internkontroll/{y}/rapport/VB", year).with(ivar).with(csrf()).param("summary", "Året i korthet").param("assessment", " "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("<a href=\"#f-assessment\">Måste fyllas i.</a>")))
                .andExpect(content().string(containsString("Året i korthet")));
        assertThat(reporting.section(year, DocumentType.VB).text().id()).as("nothing saved").isNull();
        mvc.perform(post("/internkontroll/{y}/rapport/VB", year).with(ivar).with(csrf()).param("summary", "Året i korthet")
                        .param("assessment", "Den samlade bedömningen är att den interna kontrollen är betryggande."))
                .andExpect(status().is3xxRedirection());
        InternalControlReport saved = reporting.section(year, DocumentType.VB).text();
        assertThat(saved.assessment()).isEqualTo("Den samlade bedömningen är att den interna kontrollen är betryggande.");
        assertThat(saved.writtenBy()).isEqualTo("ivar");
        assertThat(reporting.section(year, DocumentType.DELAR2).text().id()).as("per document").isNull();
    }
}
