package se.arshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.arshjul.demo.PlanDemo;

@SpringBootTest
@ActiveProfiles("test")
@Import(PlanTestData.class)
class PlanDocumentTest {

    @Autowired PlanTestData testData;
    @Autowired PlanReader reader;
    @Autowired PlanDocumentRenderer renderer;
    @Autowired ObjectMapper json;
    @Autowired NamndmalRepository namndmal;
    @Autowired JdbcTemplate jdbc;

    @Test
    void headingsShowThePlansMalvardeYearAndTheConfiguredBoard() throws Exception {
        PlanDocument decided = testData.decidedVp2022();
        assertThat(decided.malvardeYear()).isEqualTo(2030);
        assertThat(renderer.html(decided.id())).contains("<p class=\"board\">Socialnämnden</p>", "Målvärde 2030", "Status: Beslutad",
                "Bokslut 2020", "3.1 Resultaträkning (tkr)", "Kommunfullmäktiges mål: ");

        // a copy keeps the setting and each nämndmål's unit; the plan's own year is what the headings show
        PlanDocument draft = testData.editableDraft();
        assertThat(draft.malvardeYear()).isEqualTo(2030);
        assertThat(reader.sections(draft.id())).filteredOn(s -> s.kind() == PlanSectionKind.NAMNDMAL)
                .extracting(PlanSection::unitGroup).containsExactly("ekonomi", "hr", "barn-unga", "vuxen", "stab");
        jdbc.update("UPDATE plan_document SET malvarde_year = 2035 WHERE id = ?", draft.id());
        assertThat(renderer.html(draft.id())).contains("Målvärde 2035").doesNotContain("Målvärde 2030");
    }

    @Test
    void computedSumsReproduceThePrintedPlan() throws Exception {
        PlanContent content = reader.content(testData.decidedVp2022().id());
        JsonNode printed;
        try (InputStream in = new ClassPathResource(PlanDemo.RESOURCE).getInputStream()) {
            printed = json.readTree(in);
        }
        int checked = 0;
        for (String table : new String[] {"resultatrakning", "driftbudget"}) {
            BudgetTable computed = content.budget(table.equals("resultatrakning") ? BudgetTableKind.RESULTATRAKNING : BudgetTableKind.DRIFTBUDGET);
            for (JsonNode row : printed.path(table).path("rows")) {
                if (!row.path("sum").asBoolean()) continue;
                BudgetRow sumRow = computed.row(PlanJsonImport.code(row.path("name").asText()));
                assertThat(sumRow.isSum()).isTrue();
                for (int col = 0; col < 3; col++) {
                    JsonNode value = row.path("values").get(col);
                    if (value.isNull()) continue;
                    assertThat(computed.amount(sumRow, col)).as(sumRow.name() + " kolumn " + col).isEqualByComparingTo(value.decimalValue());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);

        BudgetTable extern = content.budget(BudgetTableKind.EXTERN_FINANSIERING);
        var columns = BudgetTableKind.EXTERN_FINANSIERING.columns(2022);
        BudgetRow total = extern.row("summa");
        assertThat(extern.cell(total, columns.get(0))).isEqualByComparingTo("5938");
        assertThat(extern.cell(total, columns.get(1))).isEqualByComparingTo("6925");
        assertThat(extern.cell(total, columns.get(2))).as("netto").isEqualByComparingTo("-987");
        assertThat(extern.cell(extern.row("personliga_ombud"), columns.get(2))).isEqualByComparingTo("-987");
        BudgetTable investeringar = content.budget(BudgetTableKind.INVESTERINGAR);
        assertThat(investeringar.amount(investeringar.row("summa_investeringar"), 0)).isEqualByComparingTo(new BigDecimal("0.8"));
    }

    @Test
    void pdfOfVp2022ContainsTheSeedsNumbersInSwedishFormat() throws Exception {
        byte[] pdf = renderer.pdf(testData.decidedVp2022().id());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // table cells wrap, so compare with line breaks as plain spaces
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Diarienummer: SN-2020/2526.111", "Verksamhetsplan 2022", "Innehållsförteckning", "Källförteckning");
        // resultaträkning: stored and computed values
        assertThat(text).contains("64 712", "-280 168", "-433 575", "-428 187", "-363 475", "38 761", "12 067");
        // driftbudget and extern finansiering
        assertThat(text).contains("-355 761", "5 938", "-987");
        // indicator values, etappmål and målvärde
        assertThat(text).contains("-16,8", "3 926", "8,1", "67,8", "69,8", "Samma nivå som 2020", "Kolada U33581");
    }

    @Test
    void htmlEscapesUserText() throws Exception {
        PlanDocument draft = testData.editableDraft();
        Namndmal goal = reader.namndmal(reader.section(draft.id(), "namndmal-1").namndmalId());
        namndmal.save(goal.edited("<script>alert(1)</script> & mer", goal.arbete(), goal.uppdrag(), goal.version()));
        String html = renderer.html(draft.id());
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; mer").doesNotContain("<script>alert");
        assertThat(renderer.pdf(draft.id())).isNotEmpty();
    }
}
