package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.arshjul.cycle.DocumentType;
import se.arshjul.planning.Indicator;
import se.arshjul.planning.IndicatorValue;
import se.arshjul.planning.PlanContent;
import se.arshjul.planning.PlanDocument;
import se.arshjul.planning.PlanReader;
import se.arshjul.planning.PlanStatus;
import se.arshjul.support.IntegrationTest;
import se.arshjul.status.ActionStatus;
import se.arshjul.demo.Vb2024Demo;

/**
 * The VB 2024 demo (seed 001) in a year of its own: the seed's years are shifted so that 2024 becomes the
 * test year, everything else is the demo's data.
 */
@IntegrationTest
class Vb2024DemoDataTest {
    /** Seed 001, Målbedömning: nämndmål → måluppfyllelse as the board chose it. */
    private static final Map<String, String> SEED_GRADES = new LinkedHashMap<>();
    static {
        SEED_GRADES.put("Fler barn och vuxna tar del av förebyggande insatser i ett tidigt skede.", "MYCKET_HOG");
        SEED_GRADES.put("Socialtjänsten förebygger rekrytering till kriminella nätverk", "HOG");
        SEED_GRADES.put("Barn, ungdomar och familjer upplever en förbättrad situation efter beviljat stöd från socialtjänsten", "DELVIS");
        SEED_GRADES.put("Vuxna upplever en förbättrad situation efter beviljat stöd från socialtjänsten", "DELVIS");
        SEED_GRADES.put("Socialnämnden minskar sina utsläpp av växthusgaser", "DELVIS");
        SEED_GRADES.put("Huddinges individ- och familjeomsorg har en sund och uthållig ekonomi", "MYCKET_HOG");
        SEED_GRADES.put("Chefer och medarbetare bidrar till en god verksamhet i ständig utveckling", "DELVIS");
    }
    /** Indicators per nämndmål in the seed's tables (23 in all). */
    private static final List<Integer> SEED_INDICATOR_COUNTS = List.of(3, 5, 6, 4, 1, 1, 3);

    @Autowired Vb2024Demo demo;
    @Autowired FollowupTestData testData;
    @Autowired FollowupReader reader;
    @Autowired PlanReader planReader;
    @Autowired FollowupAssessments assessments;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ObjectMapper json;
    private int year;

    @AfterEach
    void removeRunningInstances() {
        // the reports stay; their tasks must not show up in other tests' group task lists
        for (DocumentType type : List.of(DocumentType.VB, DocumentType.DELAR2)) {
            runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportWorkflow.processKeyOf(type))
                    .processInstanceBusinessKey(type.name() + "-" + year).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test", true, true));
        }
    }

    @Test
    void demoResourcesAreTheSeedsYear2024() throws Exception {
        try (InputStream in = new ClassPathResource(Vb2024Demo.PLAN_RESOURCE).getInputStream()) {
            JsonNode plan = json.readTree(in);
            assertThat(plan.path("year").asInt()).isEqualTo(Vb2024Demo.YEAR);
            assertThat(plan.findValues("namndmal").stream().mapToInt(JsonNode::size).sum()).isEqualTo(7);
            assertThat(plan.findValues("indicators").stream().map(JsonNode::size).toList()).isEqualTo(SEED_INDICATOR_COUNTS);
        }
        try (InputStream in = new ClassPathResource(Vb2024Demo.VB_RESOURCE).getInputStream()) {
            JsonNode vb = json.readTree(in);
            assertThat(vb.path("namndmal").findValuesAsText("title")).containsExactlyElementsOf(SEED_GRADES.keySet());
            assertThat(vb.path("namndmal").findValuesAsText("maluppfyllelse")).containsExactlyElementsOf(SEED_GRADES.values());
        }
    }

    @Test
    void importsThePlanAndPreparesTheVbForManagementAndADelar2InProgressOnce() throws Exception {
        year = testData.freeYear();
        assertThat(demo.loadOnce(year)).isTrue();

        // the decided plan: the seed's structure, history 2022–2023 (shifted) and targets
        PlanDocument plan = planReader.all().stream()
                .filter(p -> p.planYear() == year && p.status() == PlanStatus.BESLUTAD).findFirst().orElseThrow();
        PlanContent content = planReader.content(plan.id());
        List<PlanContent.BoardGoal> goals = content.goalAreas().stream().flatMap(a -> a.kfMal().stream())
                .flatMap(k -> k.namndmal().stream()).toList();
        assertThat(content.goalAreas()).hasSize(3);
        assertThat(goals).extracting(g -> g.namndmal().title()).containsExactlyElementsOf(SEED_GRADES.keySet());
        assertThat(goals).extracting(g -> g.indicators().size()).containsExactlyElementsOf(SEED_INDICATOR_COUNTS);
        Indicator volume = goals.get(0).indicators().get(0);
        assertThat(volume.valueFor(year - 2).map(IndicatorValue::outcome).orElseThrow()).isEqualByComparingTo("1137");
        assertThat(volume.valueFor(year - 1).map(IndicatorValue::outcome).orElseThrow()).isEqualByComparingTo("1931");
        assertThat(volume.valueFor(year)).isEmpty();
        assertThat(volume.etappmalValue()).isEqualByComparingTo("1250");
        assertThat(volume.malvardeValue()).isEqualByComparingTo("2000");

        // the VB: every section approved, waiting for förvaltningsledningen
        FollowupReport vb = reader.find(DocumentType.VB, year).orElseThrow();
        assertThat(vb.planId()).isEqualTo(plan.id());
        assertThat(reader.sections(vb.id())).as("7 goals, 3 units' status sections, economy, personnel").hasSize(12)
                .allMatch(s -> s.status() == ReportSectionStatus.GODKAND);
        assertThat(reader.sections(vb.id())).filteredOn(s -> s.kind() == ReportSectionKind.STATUS).extracting(ReportSection::sectionKey)
                .containsExactly("status-barn-unga", "status-hr", "status-stab");
        // seed 001's riskåtgärd is reported by the stab as Klart with the seed's kommentar; every line has a status
        StatusRow archive = reader.section(vb.id(), "status-stab").statuses().stream().filter(StatusRow::riskAction).findFirst().orElseThrow();
        assertThat(archive.context()).isEqualTo("Risk att arkiverade handlingar förstörs på grund av brister i arkivlokalen på Gymnasietorget");
        assertThat(archive.status()).isEqualTo(se.arshjul.status.ActionStatus.KLART);
        assertThat(archive.kommentar()).endsWith("Flytten av socialförvaltningens arkiv till ny arkivlokal på Hälsovägen 7 skedde vid månadsskiftet oktober.");
        assertThat(reader.sections(vb.id())).flatExtracting(ReportSection::statuses).hasSize(6)
                .allMatch(r -> r.status() != null && r.kommentar() != null);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("VB-" + year).list())
                .extracting(Task::getTaskDefinitionKey).containsExactly("Task_ApproveReport");
        ReportSection climate = section(vb, "Socialnämnden minskar sina utsläpp av växthusgaser");
        assertThat(climate.indicators().get(0).outcome()).isEqualByComparingTo("80");
        assertThat(climate.indicators().get(0).previousValue()).isEqualByComparingTo("71.4");
        assertThat(climate.analys()).startsWith("Nämnden har inte kunnat fasa ut fossilberoende fordon");
        assertThat(climate.genomfort()).startsWith("Arbetet med återbruk och cirkulära flöden");
        List<ReportUppdrag> uppdrag = section(vb, "Fler barn och vuxna tar del av förebyggande insatser i ett tidigt skede.").uppdrag();
        assertThat(uppdrag).extracting(ReportUppdrag::status).containsExactly(ActionStatus.KLART, ActionStatus.KLART);
        assertThat(uppdrag.get(0).body()).startsWith("Från Kommunfullmäktige Socialnämnden och gymnasie- och arbetsmarknadsnämnden får i uppdrag");
        assertThat(uppdrag.get(0).kommentar()).startsWith("Utredningen är färdigställd");
        assertThat(section(vb, "Huddinges individ- och familjeomsorg har en sund och uthållig ekonomi").uppdrag())
                .extracting(ReportUppdrag::status).containsOnly(ActionStatus.EJ_KLART_I_AR).hasSize(3);

        // the suggested grade from the seed's 2024 utfall and etappmål against the board's choice
        Map<String, String> differing = new LinkedHashMap<>();
        for (ReportSection s : reader.sections(vb.id())) {
            if (s.kind() != ReportSectionKind.GOAL) continue;
            assertThat(s.grade()).as(s.title()).isEqualTo(SEED_GRADES.get(s.title()));
            String suggested = assessments.suggestedCode(DocumentType.VB, s.indicators()).orElseThrow();
            if (!suggested.equals(s.grade())) {
                differing.put(s.title(), suggested + "→" + s.grade());
                // the seed's grade is kept only because a motivering is written
                assertThat(GradeChoice.validate(suggested, s.grade(), s.motivering())).as(s.title()).isEmpty();
                assertThat(GradeChoice.validate(suggested, s.grade(), null)).as(s.title()).isPresent();
            }
        }
        // fordon 80 % against etappmål 89 %: no etappmål met suggests Ej uppfyllt; the board judged Delvis
        // ("Bedömningen stärks av att det pågår arbete för att minska klimatpåverkan"). All others agree.
        assertThat(differing).containsExactly(Map.entry("Socialnämnden minskar sina utsläpp av växthusgaser", "EJ→DELVIS"));

        // the economy from seed 001: both tables, Årets resultat computed from their rows
        List<EconomyTable> economy = reader.section(vb.id(), "ekonomi").economyTables();
        assertThat(economy).extracting(EconomyTable::statement).containsExactly(EconomyLine.Statement.RESULTATRAKNING, EconomyLine.Statement.DRIFT);
        EconomyLine resultat = economy.get(0).rows().get(economy.get(0).rows().size() - 1);
        assertThat(resultat.name()).isEqualTo("Årets resultat");
        assertThat(resultat.budget()).isEqualByComparingTo("501534");
        assertThat(resultat.periodOutcome()).isEqualByComparingTo("497046");
        assertThat(resultat.previousOutcome()).isEqualByComparingTo("466299");
        EconomyLine drift = economy.get(1).rows().get(economy.get(1).rows().size() - 1);
        assertThat(drift.budget()).as("the seed's driftredovisning sums to 501 533").isEqualByComparingTo("501533");
        assertThat(drift.periodOutcome()).isEqualByComparingTo("497046");

        // delår 2: two sections approved, one waiting for review, the others overdue
        FollowupReport delar2 = reader.find(DocumentType.DELAR2, year).orElseThrow();
        assertThat(reader.sections(delar2.id())).filteredOn(s -> s.status() == ReportSectionStatus.GODKAND)
                .extracting(ReportSection::sectionKey).containsExactlyInAnyOrderElementsOf(Vb2024Demo.DELAR2_APPROVED);
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey("DELAR2-" + year).list();
        assertThat(open).filteredOn(t -> t.getTaskDefinitionKey().equals("Task_ReviewSection")).hasSize(1);
        List<Task> writes = open.stream().filter(t -> t.getTaskDefinitionKey().equals("Task_WriteSection")).toList();
        assertThat(writes).as("12 sections (7 goals, 3 status, economy, personnel) less 2 approved and 1 in review").hasSize(12 - 3);
        // the status lines are entered as at 31 augusti (seed 003's wording) but not yet submitted
        assertThat(reader.section(delar2.id(), "status-barn-unga").statuses().get(0).status())
                .isEqualTo(se.arshjul.status.ActionStatus.TROLIGEN_KLART_I_AR);
        assertThat(reader.section(delar2.id(), "status-hr").statuses().get(0).kommentar())
                .startsWith("Som ett led att minska sjukfrånvaron arbetar alla verksamheter aktivt");
        assertThat(writes).allMatch(t -> t.getDueDate().before(new Date()));

        // once: a second run changes nothing
        assertThat(demo.loadOnce(year)).isFalse();
        assertThat(planReader.all().stream().filter(p -> p.planYear() == year && p.status() == PlanStatus.BESLUTAD)).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportWorkflow.VB_PROCESS_KEY).processInstanceBusinessKey("VB-" + year).count()).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY).processInstanceBusinessKey("DELAR2-" + year).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("DELAR2-" + year).count()).isEqualTo(open.size());
    }

    private ReportSection section(FollowupReport report, String title) {
        return reader.sections(report.id()).stream().filter(s -> title.equals(s.title())).findFirst().orElseThrow();
    }
}
