package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.cycle.CycleCalendars;
import se.arshjul.cycle.DocumentType;
import se.arshjul.support.IntegrationTest;

@IntegrationTest
class FollowupWebTest {
    @Autowired WebApplicationContext context;
    @Autowired FollowupTestData testData;
    @Autowired ReportWorkflow workflow;
    @Autowired FollowupReader reader;
    @Autowired CycleCalendars calendars;
    @Autowired se.arshjul.internalcontrol.InternalControlService internalControl;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theReportPageCarriesTheInternalControlAndSupplierSectionsOfItsYear() throws Exception {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        var admin = new se.arshjul.security.CurrentUser("admin", java.util.List.of("admin"));
        var form = new se.arshjul.internalcontrol.RiskForm();
        form.setProcess("Huvudprocess");
        form.setRisk("Brukare med boendestöd får inte insatser utifrån sina behov");
        form.setSannolikhet("3");
        form.setKonsekvens("3");
        var risk = internalControl.saveRisk(year, null, form, admin);
        internalControl.saveRiskAction(year, risk.id(), null, "Utveckla arbetssätten", null, null, "TROLIGEN_KLART_I_AR",
                "Något försenat av pandemin", admin);
        workflow.start(year, DocumentType.DELAR1);
        workflow.start(year, DocumentType.DELAR2);

        String delar2 = mvc.perform(get("/uppfoljning/" + reader.find(DocumentType.DELAR2, year).orElseThrow().id())
                        .with(user("dan").roles("forvaltningsledning")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(delar2).contains("Internkontroll").contains("Brukare med boendestöd får inte insatser utifrån sina behov")
                .contains("Troligen klart i år").contains("Något försenat av pandemin")
                .contains("Uppföljning av privata utförare");
        String delar1 = mvc.perform(get("/uppfoljning/" + reader.find(DocumentType.DELAR1, year).orElseThrow().id())
                        .with(user("dan").roles("forvaltningsledning")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(delar1).contains("Utveckla arbetssätten").doesNotContain("Uppföljning av privata utförare");
    }

    /**
     * VB: seed 001's 2024 utfall for "Fler barn och vuxna tar del av förebyggande insatser" (2 212, 3 351, 182 against
     * etappmål 1 250, 1 200, 155) give "I mycket hög grad uppfyllt"; choosing "I hög grad" needs a motivering.
     */
    @Test
    void vbGoalSectionSuggestsTheGradeAndRequiresAMotiveringForAnother() throws Exception {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        workflow.start(year, DocumentType.VB);
        FollowupReport vb = reader.find(DocumentType.VB, year).orElseThrow();
        String url = "/uppfoljning/" + vb.id() + "/avsnitt/namndmal-1";
        Long version = reader.section(vb.id(), "namndmal-1").version();

        mvc.perform(post(url).with(csrf()).with(user("anna").roles("handlaggare", "barn-unga"))
                        .param("version", String.valueOf(version)).param("outcome.0", "2 212").param("outcome.1", "3 351")
                        .param("outcome.2", "182").param("analys", "Fler nås tidigt.").param("grade", "HOG"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Skriv en motivering")));
        assertThat(reader.section(vb.id(), "namndmal-1").indicators().get(0).outcome()).isNull();

        mvc.perform(post(url).with(csrf()).with(user("anna").roles("handlaggare", "barn-unga"))
                        .param("version", String.valueOf(version)).param("outcome.0", "2 212").param("outcome.1", "3 351")
                        .param("outcome.2", "182").param("grade", "MYCKET_HOG"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "Avsnittet är sparat."));
        ReportSection saved = reader.section(vb.id(), "namndmal-1");
        assertThat(saved.indicators().get(0).outcome()).isEqualByComparingTo("2212");
        assertThat(saved.grade()).isEqualTo("MYCKET_HOG");

        mvc.perform(get(url).with(user("anna").roles("handlaggare", "barn-unga")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 212")))
                .andExpect(content().string(containsString("Förslag enligt reglerna: I mycket hög grad uppfyllt.")))
                .andExpect(content().string(containsString("Grönt")));
        mvc.perform(get("/uppfoljning/" + vb.id()).with(user("dan").roles("forvaltningsledning")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Målbedömning")))
                .andExpect(content().string(containsString("I mycket hög grad uppfyllt")));

        // bo (vuxen) may read but not change barn-unga's section
        mvc.perform(post(url).with(csrf()).with(user("bo").roles("handlaggare", "vuxen")).param("version", String.valueOf(saved.version())))
                .andExpect(status().isForbidden());
    }

    @Test
    void economySectionComputesAvvikelseAndRejectsMalformedNumbers() throws Exception {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        workflow.start(year, DocumentType.DELAR2);
        FollowupReport report = reader.find(DocumentType.DELAR2, year).orElseThrow();
        String url = "/uppfoljning/" + report.id() + "/avsnitt/ekonomi";
        Long version = reader.section(report.id(), "ekonomi").version();
        mvc.perform(post(url).with(csrf()).with(user("fia").roles("handlaggare", "ekonomi"))
                        .param("version", String.valueOf(version)).param("prognos.0", "51 9,27"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("Skriv ett tal, till exempel 16,8")));
        mvc.perform(post(url).with(csrf()).with(user("fia").roles("handlaggare", "ekonomi"))
                        .param("version", String.valueOf(version)).param("prognos.0", "51 927").param("prognos.1", "265 650")
                        .param("periodBudget.1", "184 398").param("periodOutcome.1", "176 119").param("body", "Vakanser."))
                .andExpect(status().is3xxRedirection());
        ReportSection economy = reader.section(report.id(), "ekonomi");
        assertThat(economy.economy().get(0).avvikelse()).isEqualByComparingTo("1778");
        assertThat(economy.economy().get(1).avvikelse()).isEqualByComparingTo("11923");
        assertThat(economy.economy().get(1).periodAvvikelse()).isEqualByComparingTo("8279");
        mvc.perform(get(url).with(user("fia").roles("handlaggare", "ekonomi")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("11 923")))
                .andExpect(content().string(containsString("4,3 %")));
    }

    @Test
    void yearOverviewForEveryoneCalendarForAdminsOnly() throws Exception {
        int year = testData.freeYear();
        mvc.perform(get("/arshjul/" + year).with(user("anna").roles("handlaggare", "barn-unga")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Delårsrapport 2")))
                .andExpect(content().string(containsString("Kalendern för året är inte sparad")))
                .andExpect(content().string(not(containsString("Redigera kalendern"))));
        mvc.perform(get("/admin/arshjul/" + year).with(user("anna").roles("handlaggare", "barn-unga")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/arshjul/" + year).with(csrf()).with(user("admin").roles("admin"))
                        .param("DELAR1.periodEnd", year + "-03-31"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("Måste fyllas i.")));
        assertThat(calendars.isSaved(year)).isFalse();
        mvc.perform(get("/admin/arshjul/" + year).with(user("admin").roles("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"" + year + "-08-31\"")));
        // a manual start without a decided plan explains why
        mvc.perform(post("/admin/arshjul/" + year + "/starta/DELAR1").with(csrf()).with(user("admin").roles("admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "Det finns ingen beslutad verksamhetsplan för " + year
                        + ". Uppföljningen kan starta när planen är beslutad."));
    }
}
