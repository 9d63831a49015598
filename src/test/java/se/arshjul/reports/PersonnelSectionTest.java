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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.cycle.DocumentType;
import se.arshjul.support.IntegrationTest;

/** The personnel section (seed 001, "Personal"): HR writes the figures for the year and the year before. */
@IntegrationTest
class PersonnelSectionTest {
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

    private FollowupReport vb() {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        workflow.start(year, DocumentType.VB);
        return reader.find(DocumentType.VB, year).orElseThrow();
    }

    @Test
    void everyReportHasAPersonnelSectionForHr() {
        FollowupReport vb = vb();
        ReportSection personal = reader.section(vb.id(), "personal");
        assertThat(personal.kind()).isEqualTo(ReportSectionKind.PERSONNEL);
        assertThat(personal.unitGroup()).isEqualTo("hr");
        assertThat(ReportFactory.reviewerGroup(personal)).isEqualTo("hr-chefer");
        assertThat(personal.personnel()).extracting(PersonnelFigure::name)
                .containsExactly("Antal anställda", "Sjukfrånvaro", "Personalomsättning");
    }

    @Test
    void hrSavesTheFiguresInSwedishFormatAndTheyAreInTheDocument() throws Exception {
        FollowupReport vb = vb();
        String url = "/uppfoljning/" + vb.id() + "/avsnitt/personal";
        Long version = reader.section(vb.id(), "personal").version();
        mvc.perform(post(url).with(csrf()).with(user("gustav").roles("handlaggare", "hr"))
                        .param("version", String.valueOf(version))
                        .param("current.0", "1 152").param("previous.0", "1 150")
                        .param("current.1", "7,1").param("previous.1", "7,5")
                        .param("current.2", "14,2").param("previous.2", "12,9")
                        .param("analys", "Sjukfrånvaron har minskat <men> omsättningen ökat."))
                .andExpect(status().is3xxRedirection());
        ReportSection saved = reader.section(vb.id(), "personal");
        assertThat(saved.personnel().get(0).currentValue()).isEqualByComparingTo("1152");
        assertThat(saved.personnel().get(1).previousValue()).isEqualByComparingTo("7.5");
        assertThat(saved.personnel().get(1).change()).isEqualByComparingTo("-0.4");
        assertThat(saved.analys()).isEqualTo("Sjukfrånvaron har minskat <men> omsättningen ökat.");

        String page = mvc.perform(get(url).with(user("gustav").roles("handlaggare", "hr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"7,1\"", "value=\"1 152\"", "&lt;men&gt;");

        String text;
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(vb.id()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Väsentliga personalförhållanden", "Antal anställda 1 152 1 150 2",
                "Sjukfrånvaro (%) 7,1 7,5 -0,4", "Personalomsättning (%) 14,2 12,9 1,3", "Sjukfrånvaron har minskat <men>");
    }

    @Test
    void malformedOrImpossibleFiguresAreRefusedAndNothingIsSaved() throws Exception {
        FollowupReport vb = vb();
        String url = "/uppfoljning/" + vb.id() + "/avsnitt/personal";
        Long version = reader.section(vb.id(), "personal").version();
        String page = mvc.perform(post(url).with(csrf()).with(user("gustav").roles("handlaggare", "hr"))
                        .param("version", String.valueOf(version))
                        .param("current.0", "1 152,5").param("current.1", "7.1.2").param("current.2", "140")
                        .param("analys", "Ska inte sparas"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ange ett helt antal.", "Skriv ett tal, till exempel 16,8", "Ange en andel i procent, högst 100.");
        ReportSection unchanged = reader.section(vb.id(), "personal");
        assertThat(unchanged.analys()).isNull();
        assertThat(unchanged.personnel()).allMatch(f -> f.currentValue() == null);
    }

    @Test
    void staffOfAnotherUnitMayNotWriteThePersonnelSection() throws Exception {
        FollowupReport vb = vb();
        mvc.perform(post("/uppfoljning/" + vb.id() + "/avsnitt/personal").with(csrf()).with(user("anna").roles("handlaggare", "barn-unga"))
                        .param("current.1", "7,1"))
                .andExpect(status().isForbidden());
        assertThat(reader.section(vb.id(), "personal").personnel().get(1).currentValue()).isNull();
    }
}
