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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.cycle.DocumentType;
import se.arshjul.support.IntegrationTest;
import se.arshjul.status.ActionStatus;

/** The board's uppdrag of a nämndmål: status and kommentar per uppdrag in the section, the uppdrag table in the document. */
@IntegrationTest
class UppdragFollowUpWebTest {
    private static final String PREVENTION = "Nämnden ger förvaltningen i uppdrag att revidera handlingsplanerna för preventionsarbetet.";
    private static final String STRUCTURE = "Ta fram ett strukturprogram för samtliga familjecentraler och områdeskontor.";

    @Autowired WebApplicationContext context;
    @Autowired FollowupTestData testData;
    @Autowired ReportWorkflow workflow;
    @Autowired FollowupReader reader;
    @Autowired FollowupDocumentRenderer renderer;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void vbAuthorGivesEachUppdragAStatusAndKommentarThatTheDocumentPrintsAsTheSeedsTable() throws Exception {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        workflow.start(year, DocumentType.VB);
        FollowupReport vb = reader.find(DocumentType.VB, year).orElseThrow();
        String url = "/uppfoljning/" + vb.id() + "/avsnitt/namndmal-1";
        ReportSection before = reader.section(vb.id(), "namndmal-1");
        assertThat(before.uppdrag()).extracting(ReportUppdrag::body).containsExactly(PREVENTION, STRUCTURE);
        assertThat(before.uppdrag()).extracting(ReportUppdrag::status).containsOnlyNulls();

        // the editor lists the plan's uppdrag with the year-end statuses of seed 001
        mvc.perform(get(url).with(anna()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nämndens uppdrag till förvaltningen")))
                .andExpect(content().string(containsString(PREVENTION)))
                .andExpect(content().string(containsString("name=\"uppdrag.1.status\"")))
                .andExpect(content().string(containsString(">Ej klart i år</option>")))
                .andExpect(content().string(not(containsString("Troligen klart i år"))));

        // a status without kommentar, a kommentar without status, a status the VB does not offer: nothing is saved
        mvc.perform(save(url, before).param("outcome.0", "2 212").param("uppdrag.0.status", "KLART")
                        .param("uppdrag.1.kommentar", "Inte påbörjat."))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Skriv en kommentar som förklarar statusen.")))
                .andExpect(content().string(containsString("Välj en status för kommentaren.")))
                .andExpect(content().string(containsString("Inte påbörjat.")));
        mvc.perform(save(url, before).param("uppdrag.0.status", "TROLIGEN_KLART_I_AR").param("uppdrag.0.kommentar", "Pågår."))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Välj ett av alternativen.")));
        mvc.perform(save(url, before).param("uppdrag.0.status", "KLART").param("uppdrag.0.kommentar", "x".repeat(4001)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Högst 4\u00a0000 tecken (nu 4\u00a0001).")));
        ReportSection unchanged = reader.section(vb.id(), "namndmal-1");
        assertThat(unchanged.version()).isEqualTo(before.version());
        assertThat(unchanged.indicators().get(0).outcome()).isNull();
        assertThat(unchanged.uppdrag()).extracting(ReportUppdrag::status).containsOnlyNulls();

        // one uppdrag followed up, the other left for later
        mvc.perform(save(url, before).param("uppdrag.0.status", "KLART")
                        .param("uppdrag.0.kommentar", "Handlingsplanerna är reviderade och godkända av styrgruppen."))
                .andExpect(status().is3xxRedirection());
        ReportSection saved = reader.section(vb.id(), "namndmal-1");
        assertThat(saved.uppdrag()).extracting(ReportUppdrag::body).containsExactly(PREVENTION, STRUCTURE);
        assertThat(saved.uppdrag()).extracting(ReportUppdrag::status).containsExactly(ActionStatus.KLART, null);
        assertThat(saved.uppdrag().get(0).kommentar()).isEqualTo("Handlingsplanerna är reviderade och godkända av styrgruppen.");
        mvc.perform(get(url).with(anna())).andExpect(content().string(containsString("<option value=\"KLART\" selected=\"selected\">Klart</option>")));

        // the document: Status | Nämndens uppdrag till förvaltning | Kommentar, row by row
        String html = renderer.html(vb.id());
        assertThat(html).contains("<th class=\"status\">Status</th><th>Nämndens uppdrag till förvaltning</th><th>Kommentar</th>");
        String text;
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(vb.id()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Status Nämndens uppdrag till förvaltning Kommentar",
                "Klart " + PREVENTION + " Handlingsplanerna är reviderade och godkända av styrgruppen.",
                "Ej angiven " + STRUCTURE + " –");
    }

    @Test
    void delar2OffersTheFourStatusesOfTheDelarsrapporter() throws Exception {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        workflow.start(year, DocumentType.DELAR2);
        FollowupReport delar2 = reader.find(DocumentType.DELAR2, year).orElseThrow();
        String url = "/uppfoljning/" + delar2.id() + "/avsnitt/namndmal-1";
        ReportSection before = reader.section(delar2.id(), "namndmal-1");
        mvc.perform(get(url).with(anna())).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Blir klart i år</option>")))
                .andExpect(content().string(containsString(">Troligen klart i år</option>")));
        mvc.perform(save(url, before).param("uppdrag.1.status", "TROLIGEN_KLART_I_AR")
                        .param("uppdrag.1.kommentar", "Arbetet är något försenat."))
                .andExpect(status().is3xxRedirection());
        assertThat(reader.section(delar2.id(), "namndmal-1").uppdrag()).extracting(ReportUppdrag::status)
                .containsExactly(null, ActionStatus.TROLIGEN_KLART_I_AR);
        assertThat(renderer.html(delar2.id())).contains("Troligen klart i år", "Arbetet är något försenat.");
    }

    private static MockHttpServletRequestBuilder save(String url, ReportSection section) {
        return post(url).with(csrf()).with(anna()).param("version", String.valueOf(section.version()));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor anna() {
        return user("anna").roles("handlaggare", "barn-unga");
    }
}
