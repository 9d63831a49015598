package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.cycle.DocumentType;
import se.arshjul.status.ActionStatus;
import se.arshjul.support.IntegrationTest;

/**
 * Status per activity/utvecklingsåtagande and per riskåtgärd (seed 003): delår 1 gives each responsible unit a
 * status task through Granskning; the editor refuses a status without kommentar or outside the list; the
 * document shows the tables.
 */
@IntegrationTest
class ActivityStatusTest {
    @Autowired WebApplicationContext context;
    @Autowired FollowupTestData testData;
    @Autowired ReportWorkflow workflow;
    @Autowired FollowupReader reader;
    @Autowired FollowupDocumentRenderer renderer;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    private MockMvc mvc;
    private String caseKey;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void removeInstance() {
        // the report stays; its tasks must not show up in other tests' group task lists
        runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey(caseKey).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test", true, true));
    }

    private FollowupReport delar1() {
        int year = testData.freeYear();
        long planId = testData.decidedPlan(year);
        testData.activitiesAndRiskActions(year, planId);
        workflow.start(year, DocumentType.DELAR1);
        caseKey = "DELAR1-" + year;
        return reader.find(DocumentType.DELAR1, year).orElseThrow();
    }

    @Test
    void delar1GivesEachResponsibleUnitAStatusTaskThroughReview() {
        FollowupReport report = delar1();

        ReportSection barnUnga = reader.section(report.id(), "status-barn-unga");
        assertThat(barnUnga.kind()).isEqualTo(ReportSectionKind.STATUS);
        assertThat(barnUnga.title()).isEqualTo("Status för aktiviteter och åtgärder – Barn och ungdom");
        assertThat(barnUnga.statuses()).extracting(StatusRow::kind, StatusRow::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(StatusRow.Kind.UTVECKLINGSATAGANDE, "Långsiktigt och förebyggande arbete"),
                org.assertj.core.groups.Tuple.tuple(StatusRow.Kind.RISKATGARD, "Samordning genom SIP (samordnad individuell plan)"));
        assertThat(barnUnga.statuses().get(0).context()).isEqualTo("Fler barn och vuxna tar del av förebyggande insatser i ett tidigt skede.");
        assertThat(barnUnga.statuses().get(1).context()).startsWith("Risk att barn och unga med omfattande vårdbehov");

        // an activity naming the stab, and a risk action whose ansvarig is not a unit, are the stab's; the register's
        // latest status is the starting point; the egenkontroll risk is not reported
        ReportSection stab = reader.section(report.id(), "status-stab");
        assertThat(stab.statuses()).extracting(StatusRow::title).containsExactly(
                "Medverkande i framtagandet av utvecklingsplan för tre av Huddinges kommundelar", "Fortsatt dialog med Vårljus.");
        assertThat(stab.statuses().get(1).status()).isEqualTo(ActionStatus.BLIR_KLART_I_AR);
        assertThat(reader.sections(report.id())).flatExtracting(ReportSection::statuses).extracting(StatusRow::title)
                .doesNotContain("Stickprov varje månad");

        // goals, the two status sections, economy and personnel each go through Granskning for their unit
        List<Task> writes = taskService.createTaskQuery().taskDefinitionKey("Task_WriteSection").processInstanceBusinessKey(caseKey).list();
        assertThat(writes).hasSize(6);
        assertThat(candidates(writeTask("status-barn-unga"))).contains("barn-unga");
        assertThat(candidates(writeTask("status-stab"))).contains("stab");
        assertThat(writeTask("status-stab").getName()).isEqualTo("Skriv: Delårsrapport 1 " + report.reportYear()
                + ": Status för aktiviteter och åtgärder – Stab");
        assertThat(writeTask("status-stab").getDueDate()).isNotNull();
        assertThat(taskService.getVariable(writeTask("status-stab").getId(), "reviewerGroup")).isEqualTo("stab-chefer");
        assertThat(taskService.getVariable(writeTask("status-stab").getId(), "contextUrl"))
                .isEqualTo("/uppfoljning/" + report.id() + "/avsnitt/status-stab");
    }

    @Test
    void aStatusNeedsAKommentarAndMustBeFromTheListOtherwiseNothingIsSaved() throws Exception {
        FollowupReport report = delar1();
        String url = "/uppfoljning/" + report.id() + "/avsnitt/status-barn-unga";
        Long version = reader.section(report.id(), "status-barn-unga").version();
        String page = mvc.perform(post(url).with(csrf()).with(user("anna").roles("handlaggare", "barn-unga"))
                        .param("version", String.valueOf(version))
                        .param("status.0", "TROLIGEN_KLART_I_AR").param("kommentar.0", " ")
                        .param("status.1", "NASTAN_KLART").param("kommentar.1", "Arbetet löper enligt plan."))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Skriv en kommentar som förklarar statusen.",
                "Välj ett av alternativen.", "Formuläret sparades inte.");
        assertThat(reader.section(report.id(), "status-barn-unga").statuses()).allMatch(r -> r.status() == null && r.kommentar() == null);

        // a kommentar without a status is refused too
        String second = mvc.perform(post(url).with(csrf()).with(user("anna").roles("handlaggare", "barn-unga"))
                        .param("version", String.valueOf(version)).param("kommentar.0", "Pågår."))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).contains("Välj en status för kommentaren.");
        assertThat(reader.section(report.id(), "status-barn-unga").statuses().get(0).kommentar()).isNull();

        mvc.perform(post(url).with(csrf()).with(user("anna").roles("handlaggare", "barn-unga"))
                        .param("version", String.valueOf(version))
                        .param("status.0", "TROLIGEN_KLART_I_AR").param("kommentar.0", "Inom IFO löper arbetet med IPS riktat mot unga vuxna enligt plan.")
                        .param("status.1", "BLIR_KLART_I_AR").param("kommentar.1", "Arbetet löper enligt plan."))
                .andExpect(status().is3xxRedirection());
        List<StatusRow> saved = reader.section(report.id(), "status-barn-unga").statuses();
        assertThat(saved).extracting(StatusRow::status).containsExactly(ActionStatus.TROLIGEN_KLART_I_AR, ActionStatus.BLIR_KLART_I_AR);
        assertThat(saved.get(1).kommentar()).isEqualTo("Arbetet löper enligt plan.");

        String form = mvc.perform(get(url).with(user("anna").roles("handlaggare", "barn-unga")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("<option value=\"TROLIGEN_KLART_I_AR\" selected=\"selected\">Troligen klart i år</option>");

        // another unit may read but not write
        mvc.perform(post(url).with(csrf()).with(user("bo").roles("handlaggare", "vuxen"))
                        .param("status.0", "KLART").param("kommentar.0", "Klart."))
                .andExpect(status().isForbidden());
        assertThat(reader.section(report.id(), "status-barn-unga").statuses().get(0).status()).isEqualTo(ActionStatus.TROLIGEN_KLART_I_AR);
    }

    @Test
    void theDocumentShowsTheStatusTablesLikeTheSeed() throws Exception {
        FollowupReport report = delar1();
        mvc.perform(post("/uppfoljning/" + report.id() + "/avsnitt/status-stab").with(csrf()).with(user("ivar").roles("handlaggare", "stab"))
                        .param("version", String.valueOf(reader.section(report.id(), "status-stab").version()))
                        .param("status.0", "BLIR_KLART_I_AR").param("kommentar.0", "Arbetet med planeringen löper enligt plan.")
                        .param("status.1", "EJ_KLART_I_AR").param("kommentar.1", "Ej aktuellt då Vårljus avvecklats under första halvan av året."))
                .andExpect(status().is3xxRedirection());

        String html = renderer.html(report.id());
        assertThat(html).contains("Status för aktiviteter och utvecklingsåtaganden", "Riskreducerande åtgärder – status i rapporten",
                "Aktivitet: Medverkande i framtagandet av utvecklingsplan", "Arbetet med planeringen löper enligt plan.");
        String text;
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(report.id()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Status för aktiviteter och utvecklingsåtaganden",
                "Utvecklingsåtagande: Långsiktigt och förebyggande arbete Ej bedömd",
                "Blir klart i år Arbetet med planeringen löper enligt plan.",
                "Fortsatt dialog med Vårljus. Ej klart i år Ej aktuellt då Vårljus avvecklats under första halvan av året.",
                "Samordning genom SIP (samordnad individuell plan) Ej bedömd");
    }

    private Task writeTask(String key) {
        return taskService.createTaskQuery().taskDefinitionKey("Task_WriteSection")
                .processVariableValueEquals("sectionId", key).processInstanceBusinessKey(caseKey).singleResult();
    }

    private List<String> candidates(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId()).toList();
    }
}
