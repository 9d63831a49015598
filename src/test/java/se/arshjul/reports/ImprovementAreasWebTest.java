package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.cycle.DocumentType;
import se.arshjul.support.IntegrationTest;

/** The verksamhetsberättelse's förbättringsområden: written by förvaltningsledningen, printed before the Målbedömning. */
@IntegrationTest
class ImprovementAreasWebTest {
    private static final String TEXT = "Nämnden behöver fortsätta omställningen mot en socialtjänst som är mer lättillgänglig och kunskapsbaserad.";

    @Autowired WebApplicationContext context;
    @Autowired FollowupTestData testData;
    @Autowired ReportWorkflow workflow;
    @Autowired FollowupReader reader;
    @Autowired ImprovementAreasEditor editor;
    @Autowired FollowupDocumentRenderer renderer;
    @Autowired JdbcTemplate jdbc;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void managementWritesThemTheDocumentPrintsThemAndTheyLockWithTheReport() throws Exception {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        workflow.start(year, DocumentType.VB);
        workflow.start(year, DocumentType.DELAR2);
        FollowupReport vb = reader.find(DocumentType.VB, year).orElseThrow();
        String url = "/uppfoljning/" + vb.id() + "/forbattringsomraden";

        mvc.perform(get("/uppfoljning/" + vb.id()).with(dan())).andExpect(content().string(containsString(url)));
        mvc.perform(get(url).with(dan())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<textarea id=\"f-body\" name=\"body\"")));
        // a unit may read but not write them
        mvc.perform(get(url).with(anna())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Förbättringsområdena skrivs av förvaltningsledningen.")));
        mvc.perform(post(url).with(csrf()).with(anna()).param("body", TEXT)).andExpect(status().isForbidden());
        // too long: a Swedish message, nothing saved
        mvc.perform(post(url).with(csrf()).with(dan()).param("version", "").param("body", "x".repeat(8001)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Högst 8\u00a0000 tecken (nu 8\u00a0001).")));
        assertThat(editor.of(vb.id()).id()).isNull();

        mvc.perform(post(url).with(csrf()).with(dan()).param("version", "").param("body", TEXT + "\n\nSamordnat stöd & helhetssyn <i>vidareutvecklas</i>."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "Förbättringsområdena är sparade."));
        ImprovementAreas saved = editor.of(vb.id());
        assertThat(saved.body()).startsWith(TEXT);
        // a stale form does not overwrite a newer text; the user's own text stays in the form beside the saved one
        mvc.perform(post(url).with(csrf()).with(dan()).param("version", String.valueOf(saved.version() - 1)).param("body", "Gammalt utkast"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dina ändringar är inte sparade men finns kvar i formuläret")))
                .andExpect(content().string(containsString(">Gammalt utkast</textarea>")))
                .andExpect(content().string(containsString("Sparad av någon annan")));
        assertThat(editor.of(vb.id()).body()).startsWith(TEXT);

        String html = renderer.html(vb.id());
        assertThat(html).contains("<h2 id=\"forbattringsomraden\">Förbättringsområden</h2>", "href=\"#forbattringsomraden\"",
                "&amp; helhetssyn &lt;i&gt;vidareutvecklas&lt;/i&gt;");
        assertThat(html.indexOf("id=\"forbattringsomraden\"")).isLessThan(html.indexOf("id=\"malbedomning\""));
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(vb.id()))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Förbättringsområden " + TEXT);
        }

        // delår 2 has none
        long delar2 = reader.find(DocumentType.DELAR2, year).orElseThrow().id();
        mvc.perform(get("/uppfoljning/" + delar2 + "/forbattringsomraden").with(dan())).andExpect(status().isNotFound());
        assertThat(renderer.html(delar2)).doesNotContain("Förbättringsområden");

        // once förvaltningsledningen has approved the report they are locked
        jdbc.update("UPDATE followup_report SET status = 'GODKAND_FL' WHERE id = ?", vb.id());
        mvc.perform(get(url).with(dan())).andExpect(content().string(containsString("förbättringsområdena är låsta")));
        mvc.perform(post(url).with(csrf()).with(dan()).header("Referer", "http://localhost" + url)
                        .param("version", String.valueOf(saved.version())).param("body", "Nytt"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error",
                        "Rapporten är godkänd av förvaltningsledningen; förbättringsområdena är låsta."));
        assertThat(editor.of(vb.id()).body()).startsWith(TEXT);
    }

    private static RequestPostProcessor dan() {
        return user("dan").roles("forvaltningsledning");
    }

    private static RequestPostProcessor anna() {
        return user("anna").roles("handlaggare", "barn-unga");
    }
}
