package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.cycle.DocumentType;
import se.arshjul.support.IntegrationTest;

/**
 * Issue 14 point 6: a post carries the version it was read at (without one nothing is saved and the user sees the
 * conflict view), and a post never blanks a field it did not send. Numbers are refused, not rounded, beyond the column.
 */
@IntegrationTest
class PartialPostWebTest {
    @Autowired WebApplicationContext context;
    @Autowired FollowupTestData testData;
    @Autowired ReportWorkflow workflow;
    @Autowired FollowupReader reader;
    @Autowired ImprovementAreasEditor improvements;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aSectionPostWithoutVersionSavesNothingAndAPartialPostKeepsTheOtherFields() throws Exception {
        FollowupReport vb = vb();
        String url = "/uppfoljning/" + vb.id() + "/avsnitt/namndmal-1";
        mvc.perform(post(url).with(csrf()).with(anna()).param("version", version(vb)).param("outcome.0", "2 212")
                        .param("outcome.1", "3 351").param("analys", "Fler nås tidigt.").param("genomfort", "Föräldrastöd i grupp."))
                .andExpect(status().is3xxRedirection());

        // without the version: the conflict view, nothing saved
        mvc.perform(post(url).with(csrf()).with(anna()).param("analys", "Utan version."))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dina ändringar är inte sparade men finns kvar i formuläret")))
                .andExpect(content().string(containsString("Utan version.")));
        assertThat(reader.section(vb.id(), "namndmal-1").analys()).isEqualTo("Fler nås tidigt.");
        mvc.perform(post(url).with(csrf()).with(anna()).param("version", "x").param("analys", "Trasig version."))
                .andExpect(status().isConflict());

        // only the analys: utfall, genomfört arbete and the uppdrag stay as they were
        mvc.perform(post(url).with(csrf()).with(anna()).param("version", version(vb)).param("analys", "Ny analys."))
                .andExpect(status().is3xxRedirection());
        ReportSection after = reader.section(vb.id(), "namndmal-1");
        assertThat(after.analys()).isEqualTo("Ny analys.");
        assertThat(after.genomfort()).isEqualTo("Föräldrastöd i grupp.");
        assertThat(after.indicators().get(0).outcome()).isEqualByComparingTo("2212");
        assertThat(after.indicators().get(1).outcome()).isEqualByComparingTo("3351");

        // a sent empty field is cleared
        mvc.perform(post(url).with(csrf()).with(anna()).param("version", version(vb)).param("genomfort", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(reader.section(vb.id(), "namndmal-1").genomfort()).isNull();
        assertThat(reader.section(vb.id(), "namndmal-1").analys()).isEqualTo("Ny analys.");
    }

    @Test
    void numbersBeyondTheColumnAreRefusedNotRounded() throws Exception {
        FollowupReport vb = vb();
        String url = "/uppfoljning/" + vb.id() + "/avsnitt/namndmal-1";
        mvc.perform(post(url).with(csrf()).with(anna()).param("version", version(vb)).param("outcome.0", "50,149"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("Högst 2 decimaler.")));
        mvc.perform(post(url).with(csrf()).with(anna()).param("version", version(vb)).param("outcome.0", "12345678901234567"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("Talet är för stort")));
        assertThat(reader.section(vb.id(), "namndmal-1").indicators().get(0).outcome()).isNull();
        mvc.perform(post(url).with(csrf()).with(anna()).param("version", version(vb)).param("outcome.0", "50,14"))
                .andExpect(status().is3xxRedirection());
        assertThat(reader.section(vb.id(), "namndmal-1").indicators().get(0).outcome()).isEqualByComparingTo("50.14");
    }

    @Test
    void improvementAreasNeedTheVersionAndKeepTheirTextWhenThePostLacksIt() throws Exception {
        FollowupReport vb = vb();
        String url = "/uppfoljning/" + vb.id() + "/forbattringsomraden";
        mvc.perform(post(url).with(csrf()).with(dan()).param("version", "").param("body", "Första texten."))
                .andExpect(status().is3xxRedirection());
        ImprovementAreas saved = improvements.of(vb.id());

        mvc.perform(post(url).with(csrf()).with(dan()).param("body", "Utan version."))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Utan version.")));
        mvc.perform(post(url).with(csrf()).with(dan()).param("version", "").param("body", "Tom version."))
                .andExpect(status().isConflict());
        assertThat(improvements.of(vb.id()).body()).isEqualTo("Första texten.");

        // a post without the text keeps it
        mvc.perform(post(url).with(csrf()).with(dan()).param("version", String.valueOf(saved.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(improvements.of(vb.id()).body()).isEqualTo("Första texten.");
    }

    private FollowupReport vb() {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        workflow.start(year, DocumentType.VB);
        return reader.find(DocumentType.VB, year).orElseThrow();
    }

    private String version(FollowupReport report) {
        return String.valueOf(reader.section(report.id(), "namndmal-1").version());
    }

    private static RequestPostProcessor anna() {
        return user("anna").roles("handlaggare", "barn-unga");
    }

    private static RequestPostProcessor dan() {
        return user("dan").roles("forvaltningsledning");
    }
}
