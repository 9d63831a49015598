package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.awt.image.BufferedImage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.cycle.DocumentType;
import se.arshjul.security.CurrentUser;
import se.arshjul.support.IntegrationTest;

@IntegrationTest
class FollowupDocumentTest {
    @Autowired WebApplicationContext context;
    @Autowired FollowupTestData testData;
    @Autowired ReportWorkflow workflow;
    @Autowired FollowupReader reader;
    @Autowired FollowupEditor editor;
    @Autowired FollowupDocumentRenderer renderer;

    private static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));

    private String version(FollowupReport report, String key) {
        return String.valueOf(reader.section(report.id(), key).version());
    }

    /** A VB with seed 001's utfall for goal 1 (graded as suggested), goal 2 graded lower with a motivering, and utfall helår. */
    private FollowupReport vbWithContent() {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        workflow.start(year, DocumentType.VB);
        FollowupReport vb = reader.find(DocumentType.VB, year).orElseThrow();
        Map<String, String> goal1 = new HashMap<>(Map.of("outcome.0", "2 212", "outcome.1", "3 351", "outcome.2", "182",
                "grade", "MYCKET_HOG", "analys", "Analys <b>fet</b> & mer", "genomfort", "Föräldrastöd i grupp har startat."));
        goal1.put("version", version(vb, "namndmal-1"));
        editor.save(vb.id(), "namndmal-1", goal1, ADMIN);
        editor.save(vb.id(), "namndmal-2", Map.of("version", version(vb, "namndmal-2"), "outcome.0", "25", "grade", "DELVIS",
                "motivering", "Färre påbörjade insatser än vi räknade med under hösten."), ADMIN);
        editor.save(vb.id(), "ekonomi", Map.of("version", version(vb, "ekonomi"), "periodOutcome.0", "52 000", "periodOutcome.1", "265 650", "periodOutcome.2", "160 000",
                "previousOutcome.1", "250 000"), ADMIN);
        return vb;
    }

    @Test
    void pdfOfAVbCarriesTheMalbedomningWithTheChosenGradesAndSwedishNumbers() throws Exception {
        FollowupReport vb = vbWithContent();
        String text;
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(vb.id()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(vb.title(), "Innehållsförteckning", "Målbedömning", "Målområde", "KF-mål", "Måluppfyllelse");
        // the rows of the Målbedömning: målområde, KF-mål, nämndmål and the chosen grade
        assertThat(text).contains("En trygg kommun där människor trivs och växer Huddinge är trivsamt och tryggt för alla invånare "
                + "Fler barn och vuxna tar del av förebyggande insatser i ett tidigt skede. I mycket hög grad uppfyllt");
        assertThat(text).contains("Vuxna upplever en förbättrad situation efter beviljat stöd Delvis uppfyllt");
        assertThat(text).contains("Färre påbörjade insatser än vi räknade med", "Analys <b>fet</b> & mer", "Föräldrastöd i grupp");
        // indicator table: last year's and this year's utfall, etappmål, målvärde; Swedish format
        assertThat(text).contains("Utfall " + (vb.reportYear() - 2), "Utfall " + vb.reportYear(), "1 931 2 212 1 250 2 000");
        // economy of the year: budget, utfall helår, avvikelse tkr and %, utfall the year before; the sum computed
        assertThat(text).contains("Personal 277 573 265 650 11 923 4,3 % 250 000", "Köp av verksamhet 150 316 160 000 -9 684 -6,4 %",
                "Summa 377 740 373 650 4 090 1,1 %");
        assertThat(text).contains("Internkontroll", "Uppföljning av privata utförare");
    }

    @Test
    void htmlAndPdfAreServedAndUserTextIsEscaped() throws Exception {
        FollowupReport vb = vbWithContent();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String html = mvc.perform(get("/uppfoljning/" + vb.id() + "/dokument").with(user("dan").roles("forvaltningsledning")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Analys &lt;b&gt;fet&lt;/b&gt; &amp; mer").doesNotContain("<b>fet</b>");
        // the trend chart of goal 1's first indicator is inline SVG in the HTML
        assertThat(html).contains("<svg", "Trend: Totala volymen barn");
        // the section editor shows the same chart (last year's and this year's utfall with the etappmål)
        String section = mvc.perform(get("/uppfoljning/" + vb.id() + "/avsnitt/namndmal-1").with(user("anna").roles("handlaggare", "barn-unga")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(section).contains("class=\"trend-chart\"", "Etappmål " + vb.reportYear() + ": 1 250", vb.reportYear() + ": 2 212");
        byte[] pdf = mvc.perform(get("/uppfoljning/" + vb.id() + "/dokument.pdf").with(user("dan").roles("forvaltningsledning")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    /**
     * The trend charts are in the PDF too: Batik draws each chart's inline SVG as a vector form on the page of its
     * goal, and the page shows the chart's series colour; without the SVG drawer the PDF would have neither.
     */
    @Test
    void pdfDrawsEachTrendChartAsVectorGraphics() throws Exception {
        FollowupReport vb = vbWithContent();
        String html = renderer.html(vb.id());
        int charts = html.split("<svg", -1).length - 1;
        assertThat(charts).as("goal 1 has three indicators with two years of values, goal 2 one").isEqualTo(4);
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(vb.id()))) {
            int forms = 0;
            PDPage firstChartPage = null;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDFormXObject) {
                        forms++;
                        if (firstChartPage == null) firstChartPage = page;
                    }
                }
            }
            assertThat(forms).as("one vector form per chart").isEqualTo(charts);
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(pdf.getPages().indexOf(firstChartPage), 72);
            assertThat(pixelsOf(image, 0x1f5f99)).as("the series line and points in #1f5f99").isGreaterThan(50);
            // the captions name the charts in print
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Trend: Totala volymen barn, ungdomar och familjer som nås av tidiga insatser");
        }
    }

    private static long pixelsOf(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xffffff;
                if (Math.abs((p >> 16) - (rgb >> 16)) < 12 && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 12
                        && Math.abs((p & 0xff) - (rgb & 0xff)) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
