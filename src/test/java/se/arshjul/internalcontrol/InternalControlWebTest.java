package se.arshjul.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arshjul.internalcontrol.InternalControlTestSupport.ADMIN;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.support.IntegrationTest;

/** The pages: staff get 403 on editing the plan; the editor validates with Swedish messages and saves nothing on error. */
@IntegrationTest
class InternalControlWebTest {

    @Autowired WebApplicationContext context;
    @Autowired InternalControlService service;
    @Autowired InternalControlPlanService plans;
    MockMvc mvc;

    static final RequestPostProcessor ANNA = user("anna").roles("handlaggare", "barn-unga");
    static final RequestPostProcessor IVAR = user("ivar").roles("handlaggare", "stab");

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void staffUserGets403OnEditingThePlan() throws Exception {
        int year = 2051;
        mvc.perform(post("/internkontroll/{y}/kontroller", year).with(ANNA).with(csrf())
                        .param("process", "Test").param("kontrollmal", "Mål").param("ansvarigGrupp", "stab")
                        .param("metod", "TOTALUNDERSOKNING").param("frekvens", "MONTHLY"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/internkontroll/{y}/kontroller/ny", year).with(ANNA)).andExpect(status().isForbidden());
        mvc.perform(post("/internkontroll/{y}/risker", year).with(ANNA).with(csrf())
                        .param("process", "IT").param("risk", "Risk").param("sannolikhet", "2").param("konsekvens", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/internkontroll/{y}/faststall", year).with(ANNA).with(csrf())).andExpect(status().isForbidden());
        assertThat(service.controls(year)).isEmpty();
        assertThat(service.risks(year)).isEmpty();
        assertThat(plans.plan(year).decided()).isFalse();
        // reading is allowed
        mvc.perform(get("/internkontroll/{y}", year).with(ANNA)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Fastställ internkontrollplanen"))));
    }

    @Test
    void controlEditorValidatesInSwedishAndSavesNothingOnError() throws Exception {
        int year = 2052;
        String page = mvc.perform(post("/internkontroll/{y}/kontroller", year).with(IVAR).with(csrf())
                        .param("process", "5. Systemleverantör").param("kontrollmal", "")
                        .param("ansvarigGrupp", "stab").param("metod", "TOTALUNDERSOKNING").param("stickprov", "10")
                        .param("frekvens", "SELECTED_MONTHS").param("manader", "4"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Formuläret sparades inte.")
                .contains("<a href=\"#f-kontrollmal\">Måste fyllas i.</a>")
                .contains("Stickprovsstorlek anges bara för kontrollmetoden stickprov.")
                .contains("Välj minst två månader");
        assertThat(service.controls(year)).isEmpty();

        mvc.perform(post("/internkontroll/{y}/kontroller", year).with(IVAR).with(csrf())
                        .param("process", "5. Systemleverantör").param("kontrollmal", "Att följa rapporterade systemfel")
                        .param("ansvarigGrupp", "stab").param("ansvarigPerson", "lena").param("metod", "TOTALUNDERSOKNING")
                        .param("frekvens", "SELECTED_MONTHS").param("manader", "4", "8", "12"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/internkontroll/" + year + "/kontroller/*"));
        Kontrollmoment saved = service.controls(year).get(0);
        assertThat(saved.valdaManader()).containsExactly(4, 8, 12);
        assertThat(mvc.perform(get("/internkontroll/{y}/kontroller/{id}", year, saved.id()).with(IVAR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("3 gånger/år (apr, aug, dec)").contains("Totalundersökning");
    }

    @Test
    void overviewShowsTheHeatMapAndTheDashboardCountsRuns() throws Exception {
        int year = 2053;
        RiskForm f = RiskRegisterTest.form("Obehörig åtkomst till ärenden", 4, 3);
        Risk risk = service.saveRisk(year, null, f, ADMIN);
        String page = mvc.perform(get("/internkontroll/{y}", year).with(IVAR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<td class=\"hm-cell hm-mycket-hog\"[^>]*data-s=\"4\" data-k=\"3\" data-riskvarde=\"12\">\\s*"
                + "<span class=\"hm-value\">12</span>\\s*<a class=\"hm-risk\" href=\"/internkontroll/" + year + "/risker/" + risk.id() + "\"");
        assertThat(page).contains("Fastställ internkontrollplanen");

        InternalControlTestSupport.clock(java.time.LocalDateTime.of(year, 3, 10, 9, 0));
        Kontrollmoment c = service.saveControl(year, null, SodertaljeControls.BILAGA_1.get(0).form(), ADMIN);
        mvc.perform(post("/internkontroll/{y}/faststall", year).with(IVAR).with(csrf()).param("note", "SN §12"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.plan(year).decided()).isTrue();
        assertThat(plans.plan(year).decidedBy()).isEqualTo("ivar");
        // the plan was decided in March: the job for March's period is due at once, earlier months are not created
        InternalControlTestSupport.runSchedulers(context.getBean(org.camunda.bpm.engine.RuntimeService.class),
                context.getBean(org.camunda.bpm.engine.ManagementService.class), year);
        assertThat(service.runs(c.id())).extracting(Kontrolltillfalle::periodLabel).containsExactly("mars " + year);
        InternalControlTestSupport.clock(java.time.LocalDateTime.of(year, 4, 2, 9, 0));
        String dashboard = mvc.perform(get("/internkontroll/{y}/uppfoljning", year).with(user("anna").roles("handlaggare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).containsPattern("data-control=\"" + c.id() + "\"[\\s\\S]*?<td class=\"num\">12</td>\\s*"
                + "<td class=\"num\">1</td>\\s*<td class=\"num\">0</td>\\s*<td class=\"num ic-bad\">1</td>");
        assertThat(dashboard).contains("ic-period ic-forsenad");
        // the plan and the control page (read by the staff who perform the runs) render the control and its runs
        mvc.perform(get("/internkontroll/{y}", year).with(ANNA)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1. Egen försörjning")));
        String controlPage = mvc.perform(get("/internkontroll/{y}/kontroller/{id}", year, c.id()).with(ANNA))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(controlPage).contains("mars " + year).contains("Försenad").doesNotContain("Spara kontrollmoment");
    }

    @Test
    void runTaskRendersOnTheTaskPageAndAnAvvikelseWithoutDescriptionIsRefused() throws Exception {
        int year = 2054;
        InternalControlTestSupport.clock(java.time.LocalDateTime.of(year, 2, 3, 9, 0));
        KontrollmomentForm form = SodertaljeControls.BILAGA_1.get(3).form();
        form.setAnsvarigPerson(null);
        Kontrollmoment c = service.saveControl(year, null, form, ADMIN);
        service.decide(year, null, ADMIN);
        InternalControlTestSupport.runSchedulers(context.getBean(org.camunda.bpm.engine.RuntimeService.class),
                context.getBean(org.camunda.bpm.engine.ManagementService.class), year);
        Kontrolltillfalle run = service.runs(c.id()).get(0);
        String taskId = context.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery()
                .processInstanceId(run.processInstanceId()).singleResult().getId();

        mvc.perform(get("/uppgifter/{id}", taskId).with(IVAR)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vad kontrollerades (population)")));
        var refused = mvc.perform(post("/uppgifter/{id}/slutfor", taskId).with(IVAR).with(csrf())
                        .param("population", "Alla borttag i februari").param("result", "avvikelse"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/uppgifter/" + taskId);
        assertThat(refused.getFlashMap().get("errors")).isEqualTo(java.util.Map.of("deviationDescription", "Beskriv avvikelsen."));
        assertThat(service.runs(c.id()).get(0).status()).isEqualTo(Kontrolltillfalle.Status.PLANNED);
        mvc.perform(post("/uppgifter/{id}/slutfor", taskId).with(IVAR).with(csrf())
                        .param("population", "Alla borttag i februari").param("result", "ok"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.runs(c.id()).get(0).result()).isEqualTo(Kontrolltillfalle.Result.OK);
        assertThat(service.runs(c.id()).get(0).performedBy()).isEqualTo("ivar");
    }
}
