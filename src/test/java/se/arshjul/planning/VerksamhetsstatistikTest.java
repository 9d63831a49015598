package se.arshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.arshjul.security.CurrentUser;
import se.arshjul.support.IntegrationTest;
import se.arshjul.demo.PlanDemo;

@IntegrationTest
class VerksamhetsstatistikTest {

    @Autowired PlanTestData testData;
    @Autowired PlanReader reader;
    @Autowired PlanDocumentRenderer renderer;
    @Autowired SectionEditor editor;
    @Autowired ObjectMapper json;

    @Test
    void importOfVp2022MatchesTheSourceNumbers() throws Exception {
        List<StatisticsTable> tables = reader.content(testData.decidedVp2022().id()).statisticsTables();
        JsonNode source;
        try (InputStream in = new ClassPathResource(PlanDemo.RESOURCE).getInputStream()) {
            source = json.readTree(in).path("verksamhetsstatistik").path("tables");
        }
        assertThat(tables).hasSize(4).hasSize(source.size());
        int checked = 0;
        for (int t = 0; t < tables.size(); t++) {
            StatisticsTable table = tables.get(t);
            JsonNode expected = source.get(t);
            assertThat(table.title()).isEqualTo(expected.path("title").asText());
            assertThat(table.unit()).isEqualTo("antal");
            assertThat(table.columns()).containsExactly(expected.path("columns").get(0).asText(),
                    expected.path("columns").get(1).asText(), expected.path("columns").get(2).asText());
            assertThat(table.rows()).hasSize(expected.path("rows").size());
            for (int r = 0; r < table.rows().size(); r++) {
                JsonNode row = expected.path("rows").get(r);
                assertThat(table.rows().get(r).name()).isEqualTo(row.path("name").asText());
                for (int p = 0; p < 3; p++) {
                    assertThat(table.rows().get(r).value(p)).as(table.title() + " rad " + r + " period " + p)
                            .isEqualByComparingTo(row.path("values").get(p).decimalValue());
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(57);
        assertThat(tables.get(0).columns()).containsExactly("Augusti 2021", "Augusti 2020", "Augusti 2019");
        assertThat(tables.get(3).rows().get(0).value(0)).isEqualByComparingTo("278");
    }

    @Test
    void copyToNextYearCarriesTheTablesWithThePeriodsMovedOneYear() throws Exception {
        List<StatisticsTable> source = reader.content(testData.decidedVp2022().id()).statisticsTables();
        PlanDocument draft = testData.editableDraft();
        List<StatisticsTable> copied = reader.content(draft.id()).statisticsTables();
        assertThat(copied).extracting(StatisticsTable::title).containsExactlyElementsOf(source.stream().map(StatisticsTable::title).toList());
        assertThat(copied).allMatch(t -> t.planId().equals(draft.id()) && !t.id().equals(source.get(0).id()));
        assertThat(copied.get(0).columns()).containsExactly("Augusti 2022", "Augusti 2021", "Augusti 2020");
        for (int t = 0; t < source.size(); t++) {
            List<StatisticsRow> before = source.get(t).rows();
            List<StatisticsRow> after = copied.get(t).rows();
            assertThat(after).extracting(StatisticsRow::name).containsExactlyElementsOf(before.stream().map(StatisticsRow::name).toList());
            for (int r = 0; r < before.size(); r++) {
                assertThat(after.get(r).value1()).as("the new period is empty").isNull();
                assertThat(after.get(r).value2()).isEqualByComparingTo(before.get(r).value1());
                assertThat(after.get(r).value3()).isEqualByComparingTo(before.get(r).value2());
            }
        }
        // the source plan is unchanged
        assertThat(reader.content(testData.decidedVp2022().id()).statisticsTables()).isEqualTo(source);
    }

    @Test
    void pdfShowsTheStatisticsInSwedishFormat() throws Exception {
        String decided = pdfText(testData.decidedVp2022().id());
        assertThat(decided).contains("6 Verksamhetsstatistik", "Barn och unga 0–20 år Augusti 2021 Augusti 2020 Augusti 2019",
                "Antal vuxna med boendestöd 278 232 218", "Antal vuxna våldsutövare med öppenvårdsinsats 5 13 5");

        PlanDocument draft = testData.editableDraft();
        PlanSection section = reader.section(draft.id(), PlanWriter.UPPFOLJNING);
        Map<String, String> form = new HashMap<>(StatisticsForm.of(reader.content(draft.id()).statisticsTables()));
        form.put("version", String.valueOf(section.version()));
        form.put("body", "Uppföljning");
        form.put(StatisticsForm.valueField(3, 0, 0), "1 234,5");
        form.put(StatisticsForm.valueField(3, 1, 0), "-12 345");
        editor.save(draft.id(), PlanWriter.UPPFOLJNING, form, new CurrentUser("ivar", List.of("handlaggare", "stab")));
        assertThat(reader.content(draft.id()).statisticsTables().get(3).rows().get(0).value1()).isEqualByComparingTo("1234.5");
        assertThat(renderer.html(draft.id())).contains("1 234,5");
        assertThat(pdfText(draft.id())).contains("Augusti 2022", "Antal vuxna med boendestöd 1 234,5 278 232", "-12 345 18 17");
    }

    private String pdfText(long planId) throws Exception {
        try (PDDocument document = Loader.loadPDF(renderer.pdf(planId))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
