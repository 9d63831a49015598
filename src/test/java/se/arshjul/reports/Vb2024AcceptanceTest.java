package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import se.arshjul.cycle.DocumentType;
import se.arshjul.support.IntegrationTest;
import se.arshjul.demo.Vb2024Demo;

/**
 * Acceptance of issue 4 against seed 001 (Huddinge, Verksamhetsberättelse 2024): the demo VB's PDF carries the
 * seed's Målbedömning table row by row; the rules' suggested grades follow from the seed's 2024 utfall and
 * etappmål; where the board chose another grade (the climate goal) the motivering is stored and printed.
 * The demo runs in a year of its own (the seed's years shifted), so titles carry that year.
 */
@IntegrationTest
class Vb2024AcceptanceTest {
    /**
     * Seed 001, "Målbedömning" (Målområde | Kommunfullmäktigemål | Nämndmål | Måluppfyllelse), copied from the seed's
     * text; the seed merges the målområde and KF-mål cells of goals that share them, the document repeats them.
     */
    private static final List<List<String>> SEED_MALBEDOMNING = List.of(
            List.of("En trygg kommun där människor trivs och växer - social hållbarhet", "Huddinge är trivsamt och tryggt för alla invånare",
                    "Fler barn och vuxna tar del av förebyggande insatser i ett tidigt skede.", "I mycket hög grad uppfyllt"),
            List.of("En trygg kommun där människor trivs och växer - social hållbarhet", "Huddinge är trivsamt och tryggt för alla invånare",
                    "Socialtjänsten förebygger rekrytering till kriminella nätverk", "I hög grad uppfyllt"),
            List.of("En trygg kommun där människor trivs och växer - social hållbarhet", "Huddinges välfärd håller hög kvalitet",
                    "Barn, ungdomar och familjer upplever en förbättrad situation efter beviljat stöd från socialtjänsten", "Delvis uppfyllt"),
            List.of("En trygg kommun där människor trivs och växer - social hållbarhet", "Huddinges välfärd håller hög kvalitet",
                    "Vuxna upplever en förbättrad situation efter beviljat stöd från socialtjänsten", "Delvis uppfyllt"),
            List.of("En hållbar naturkommun - ekologisk hållbarhet", "Minska klimatpåverkan",
                    "Socialnämnden minskar sina utsläpp av växthusgaser", "Delvis uppfyllt"),
            List.of("En ansvarsfull ekonomi i hela Huddinge - ekonomisk hållbarhet", "Huddinge kommun har en sund och uthållig ekonomi",
                    "Huddinges individ- och familjeomsorg har en sund och uthållig ekonomi", "I mycket hög grad uppfyllt"),
            List.of("En ansvarsfull ekonomi i hela Huddinge - ekonomisk hållbarhet", "Huddinge kommun är en attraktiv arbetsgivare",
                    "Chefer och medarbetare bidrar till en god verksamhet i ständig utveckling", "Delvis uppfyllt"));

    /**
     * Etappmål met / judged per goal, worked out by hand from the seed's indicator tables (utfall 2024 against
     * etappmål 2024, direction per indicator), and the grade the default thresholds (90 / 60 / 25 %) give:
     * 1: 2 212 ≥ 1 250, 3 351 ≥ 1 200, 182 ≥ 155 ("Samtliga indikatorers etappmål för året har uppnåtts");
     * 2: 75 < 90, 43 < 90, 22 ≥ 20, 54 ≥ 15, 50 ≥ 50 ("majoriteten av etappmålen är uppnådda");
     * 3: 73 < 85, 62 < 85, 35 ≥ 30, 100 ≥ 100, 90 < 92, 47 < 90 ("flertalet etappmål inte nås");
     * 4: 100 ≥ 82, 77 < 93, 96 ≥ 95, 20 < 70 ("når hälften av årets etappmål");
     * 5: fordon 80 % < 89 %; 6: budgethållning 0,9 % ≥ 0; 7: omsättning 14,3 > 9 (lower is better), sjukfrånvaro
     * 6,6 ≤ 7, HME 82 < 85 ("Etappmålet nås för en av tre indikatorer").
     */
    private static final List<String> MET_OF_JUDGED = List.of("3/3", "3/5", "2/6", "2/4", "0/1", "1/1", "1/3");
    private static final List<Grade> SUGGESTED = List.of(Grade.MYCKET_HOG, Grade.HOG, Grade.DELVIS, Grade.DELVIS, Grade.EJ,
            Grade.MYCKET_HOG, Grade.DELVIS);
    private static final String CLIMATE = "Socialnämnden minskar sina utsläpp av växthusgaser";

    @Autowired Vb2024Demo demo;
    @Autowired FollowupTestData testData;
    @Autowired FollowupReader reader;
    @Autowired FollowupAssessments assessments;
    @Autowired FollowupDocumentData documentData;
    @Autowired FollowupDocumentRenderer renderer;
    @Autowired RuntimeService runtimeService;
    @Autowired MessageSource messages;
    private int year;

    @AfterEach
    void removeRunningInstances() {
        // the reports stay; their tasks must not show up in other tests' group task lists
        for (DocumentType type : List.of(DocumentType.VB, DocumentType.DELAR2)) {
            runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                    .processInstanceBusinessKey(type.name() + "-" + year).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test", true, true));
        }
    }

    @Test
    void demoVbPdfCarriesSeed001sMalbedomningAndTheSuggestedGradesFollowFromItsIndicators() throws Exception {
        year = testData.freeYear();
        assertThat(demo.loadOnce(year)).isTrue();
        FollowupReport vb = reader.find(DocumentType.VB, year).orElseThrow();
        List<FollowupDocumentData.GoalRow> goals = documentData.document(vb.id()).goals();
        assertThat(goals).extracting(g -> g.section().title()).containsExactlyElementsOf(SEED_MALBEDOMNING.stream().map(r -> r.get(2)).toList());

        // the rules' suggestion per goal from the seed's utfall and etappmål
        for (int i = 0; i < goals.size(); i++) {
            ReportSection s = goals.get(i).section();
            List<IndicatorAssessment> assessed = assessments.indicators(s.indicators());
            long judged = assessed.stream().filter(IndicatorAssessment::assessable).count();
            long met = assessed.stream().filter(a -> a.assessable() && a.met()).count();
            assertThat(met + "/" + judged).as(s.title()).isEqualTo(MET_OF_JUDGED.get(i));
            assertThat(assessments.suggestedCode(DocumentType.VB, s.indicators())).as(s.title()).contains(SUGGESTED.get(i).name());
            assertThat(goals.get(i).suggested()).as(s.title()).isEqualTo(SUGGESTED.get(i).name());
            assertThat(messages.getMessage("report.grade." + goals.get(i).chosen(), null, Locale.ROOT)).as(s.title())
                    .isEqualTo(SEED_MALBEDOMNING.get(i).get(3));
        }

        // the motivering path: the board chose Delvis where the rule suggests Ej uppfyllt (0 of 1 etappmål)
        ReportSection climate = goals.stream().map(FollowupDocumentData.GoalRow::section).filter(s -> s.title().equals(CLIMATE))
                .findFirst().orElseThrow();
        assertThat(assessments.suggestedCode(DocumentType.VB, climate.indicators())).contains(Grade.EJ.name());
        assertThat(climate.grade()).isEqualTo(Grade.DELVIS.name());
        assertThat(GradeChoice.validate(Grade.EJ.name(), Grade.DELVIS.name(), null))
                .as("another grade than the suggestion is refused without a motivering").isPresent();
        assertThat(climate.motivering()).startsWith("Bedömningen är att målet delvis är uppfyllt.");
        assertThat(GradeChoice.validate(Grade.EJ.name(), Grade.DELVIS.name(), climate.motivering())).isEmpty();
        // every other goal agrees with its suggestion
        assertThat(goals).filteredOn(g -> !g.suggested().equals(g.chosen())).extracting(g -> g.section().title()).containsExactly(CLIMATE);

        String text;
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(vb.id()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        // the Målbedömning table, row by row
        String header = "Målområde KF-mål Nämndmål Måluppfyllelse ";
        int start = text.indexOf(header);
        assertThat(start).as("the Målbedömning table").isPositive();
        String table = text.substring(start + header.length(), text.indexOf("2 Nämndens mål och indikatorer", start));
        for (List<String> row : SEED_MALBEDOMNING) {
            String expected = String.join(" ", row);
            assertThat(table).as("row of " + row.get(2)).startsWith(expected);
            table = table.substring(expected.length()).strip();
        }
        assertThat(table).as("after the last row: the page number only").matches("\\d*");

        // the climate goal's section prints the chosen grade and its motivering
        assertThat(text).contains("Nämndmål: " + CLIMATE + " Kommunfullmäktiges mål: Minska klimatpåverkan "
                + "Måluppfyllelse: Delvis uppfyllt Motivering Bedömningen är att målet delvis är uppfyllt.");
        // seed 001's uppdrag tables and förbättringsområden
        assertThat(text).contains("Status Nämndens uppdrag till förvaltning Kommentar",
                "Klart Från Kommunfullmäktige Socialnämnden och gymnasie- och arbetsmarknadsnämnden får i uppdrag",
                "Ej klart i år Från lokalresursplan Ta fram ett strukturprogram för samtliga familjecentraler och områdeskontor",
                "Förbättringsområden För att bidra till kommunens målområden behöver nämnden fortsätta omställningen");
    }
}
