package se.arshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(PlanTestData.class)
class SectionEditorWebTest {

    @Autowired MockMvc mvc;
    @Autowired PlanTestData testData;
    @Autowired PlanReader reader;
    @Autowired PlanWorkflow workflow;
    @Autowired org.camunda.bpm.engine.TaskService taskService;

    /** namndmal-3 is written by barn-unga; anna is staff there, bo works in vuxen. */
    private static final String SECTION = "namndmal-3";

    @Test
    void unitMemberSavesSwedishNumbersAndReordersIndicators() throws Exception {
        PlanDocument plan = testData.editableDraft();
        long goal = reader.section(plan.id(), SECTION).namndmalId();
        String first = reader.indicators(goal).get(0).name();
        int y = plan.planYear() - 1;
        mvc.perform(indicatorForm(plan, "anna", "barn-unga")
                        .param("ind[0].name", first).param("ind[0].ordning", "2").param("ind[0].v" + y, "4,5").param("ind[0].etappmal", "4")
                        .param("ind[1].name", "Ny indikator <b>fet</b>").param("ind[1].ordning", "1").param("ind[1].v" + y, "-433 575")
                        .param("ind[1].etappmal", "Samma nivå som " + y).param("ind[1].malvarde", "16,8")
                        .param("uppdrag[0].body", "Utred hemmaplanslösningar").param("uppdrag[0].status", "EJ_KLART_I_AR")
                        .param("uppdrag[0].kommentar", "Påbörjat").param("uppdrag[1].body", "").param("uppdrag[1].status", "KLART"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "Avsnittet är sparat."));
        List<Indicator> saved = reader.indicators(goal);
        assertThat(saved).extracting(Indicator::name).containsExactly("Ny indikator <b>fet</b>", first);
        assertThat(saved.get(0).valueFor(y).orElseThrow().outcome()).isEqualByComparingTo("-433575");
        assertThat(saved.get(0).etappmal().text()).isEqualTo("Samma nivå som " + y);
        assertThat(saved.get(0).malvarde().value()).isEqualByComparingTo("16.8");
        assertThat(saved.get(1).valueFor(y).orElseThrow().outcome()).isEqualByComparingTo("4.5");
        assertThat(reader.namndmal(goal).uppdrag())
                .containsExactly(new Uppdrag("Utred hemmaplanslösningar", Uppdrag.Status.EJ_KLART_I_AR, "Påbörjat"));

        mvc.perform(get("/verksamhetsplan/" + plan.id() + "/avsnitt/" + SECTION).with(user("anna").roles("handlaggare", "barn-unga")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("-433 575")))
                .andExpect(content().string(containsString("Ny indikator &lt;b&gt;fet&lt;/b&gt;")));
    }

    @Test
    void malformedNumberIsRejectedNextToTheFieldAndNothingIsSaved() throws Exception {
        PlanDocument plan = testData.editableDraft();
        PlanSection section = reader.section(plan.id(), SECTION);
        List<Indicator> before = reader.indicators(section.namndmalId());
        int y = plan.planYear() - 1;
        mvc.perform(indicatorForm(plan, "anna", "barn-unga")
                        .param("description", "Ändrad text")
                        .param("ind[0].name", "Indikator").param("ind[0].ordning", "1").param("ind[0].v" + y, "12,3,4"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(PlanTestData.NUMBER_MESSAGE)))
                .andExpect(content().string(containsString("12,3,4")));
        assertThat(reader.indicators(section.namndmalId())).isEqualTo(before);
        assertThat(reader.namndmal(section.namndmalId()).description()).isNotEqualTo("Ändrad text");
    }

    @Test
    void decidedPlanRefusesEditsWithAClearMessage() throws Exception {
        PlanDocument decided = testData.decidedVp2022();
        String before = reader.section(decided.id(), "internkontroll").body();
        mvc.perform(post("/verksamhetsplan/" + decided.id() + "/avsnitt/internkontroll").with(csrf())
                        .with(user("ivar").roles("handlaggare", "stab")).param("version", "0").param("body", "Ändrad")
                        .header("Referer", "/verksamhetsplan/" + decided.id() + "/avsnitt/internkontroll"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/verksamhetsplan/" + decided.id() + "/avsnitt/internkontroll"))
                .andExpect(flash().attribute("error", containsString("beslutad av nämnden och låst")));
        assertThat(reader.section(decided.id(), "internkontroll").body()).isEqualTo(before);
    }

    @Test
    void userOfAnotherUnitCannotSaveTheSection() throws Exception {
        PlanDocument plan = testData.editableDraft();
        PlanSection section = reader.section(plan.id(), SECTION);
        List<Indicator> before = reader.indicators(section.namndmalId());
        mvc.perform(indicatorForm(plan, "bo", "vuxen").param("ind[0].name", "Kapad").param("ind[0].ordning", "1"))
                .andExpect(status().isForbidden());
        assertThat(reader.indicators(section.namndmalId())).isEqualTo(before);
    }

    @Test
    void staleVersionIsRefusedWithAClearMessage() throws Exception {
        PlanDocument plan = testData.editableDraft();
        mvc.perform(post("/verksamhetsplan/" + plan.id() + "/avsnitt/internkontroll").with(csrf())
                        .with(user("ivar").roles("handlaggare", "stab")).param("version", "0").param("body", "Första"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "Avsnittet är sparat."));
        mvc.perform(post("/verksamhetsplan/" + plan.id() + "/avsnitt/internkontroll").with(csrf())
                        .with(user("lena").roles("chefer", "stab-chefer")).param("version", "0").param("body", "Andra"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan sparade avsnittet")));
        assertThat(reader.section(plan.id(), "internkontroll").body()).isEqualTo("Första");
    }

    @Test
    void budgetSumsAreComputedAfterSavingAndMalformedAmountsAreRefused() throws Exception {
        PlanDocument plan = testData.editableDraft();
        BudgetTable before = reader.content(plan.id()).budget(BudgetTableKind.DRIFTBUDGET);
        var form = new HashMap<>(BudgetForm.of(reader.content(plan.id()).budgetTables()).values());
        form.put(BudgetForm.amountField(before, 0, 2), "-7 007");
        mvc.perform(budgetPost(plan, form)).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "Avsnittet är sparat."));
        BudgetTable after = reader.content(plan.id()).budget(BudgetTableKind.DRIFTBUDGET);
        BudgetRow total = after.row("summa_netto");
        assertThat(after.amount(total, 2)).isEqualByComparingTo(before.amount(total, 2).subtract(new BigDecimal("1000")));

        form = new HashMap<>(BudgetForm.of(reader.content(plan.id()).budgetTables()).values());
        form.put(BudgetForm.amountField(before, 1, 2), "tio tusen");
        form.put(BudgetForm.amountField(before, 0, 2), "-1");
        mvc.perform(budgetPost(plan, form)).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(PlanTestData.NUMBER_MESSAGE)));
        assertThat(reader.content(plan.id()).budget(BudgetTableKind.DRIFTBUDGET)).isEqualTo(after);
    }

    @Test
    void overviewShowsEachSectionsStepAndTheTaskPageLinksToTheSection() throws Exception {
        testData.decidedVp2022();
        PlanDocument plan = workflow.startYear(testData.nextYear());
        var task = taskService.createTaskQuery().processInstanceBusinessKey(PlanWorkflow.businessKey(plan))
                .taskDefinitionKey("Task_WriteSection").processVariableValueEquals("sectionId", SECTION).singleResult();
        mvc.perform(get("/verksamhetsplan/" + plan.id()).with(user("anna").roles("handlaggare", "barn-unga")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/uppgifter/" + task.getId())))
                .andExpect(content().string(containsString("Under arbete")));
        mvc.perform(get("/uppgifter/" + task.getId()).with(user("anna").roles("handlaggare", "barn-unga")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/verksamhetsplan/" + plan.id() + "/avsnitt/" + SECTION)));
    }

    private MockHttpServletRequestBuilder budgetPost(PlanDocument plan, Map<String, String> form) {
        var request = post("/verksamhetsplan/" + plan.id() + "/avsnitt/budget").with(csrf()).with(user("fia").roles("handlaggare", "ekonomi"));
        form.forEach(request::param);
        return request;
    }

    @Test
    void activitiesAndUtvecklingsatagandenAreEditedWithTheGoal() throws Exception {
        PlanDocument plan = testData.editableDraft();
        long goal = reader.section(plan.id(), SECTION).namndmalId();
        String name = reader.indicators(goal).get(0).name();
        mvc.perform(indicatorForm(plan, "anna", "barn-unga").param("ind[0].name", name).param("ind[0].ordning", "1")
                        .param("akt[0].kind", "UTVECKLINGSATAGANDE").param("akt[0].title", "Långsiktigt och förebyggande arbete")
                        .param("akt[0].unit", "").param("akt[1].kind", "AKTIVITET").param("akt[1].title", "Utrullning av digitalt systemstöd")
                        .param("akt[1].unit", "stab").param("akt[2].kind", "AKTIVITET").param("akt[2].title", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(reader.namndmal(goal).aktiviteter()).containsExactly(
                new Aktivitet(Aktivitet.Kind.UTVECKLINGSATAGANDE, "Långsiktigt och förebyggande arbete", null),
                new Aktivitet(Aktivitet.Kind.AKTIVITET, "Utrullning av digitalt systemstöd", "stab"));
        mvc.perform(get("/verksamhetsplan/" + plan.id() + "/avsnitt/" + SECTION).with(user("anna").roles("handlaggare", "barn-unga")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Utrullning av digitalt systemstöd")));

        // an unknown unit is refused next to the field and nothing changes
        mvc.perform(indicatorForm(plan, "anna", "barn-unga").param("ind[0].name", name).param("ind[0].ordning", "1")
                        .param("akt[0].kind", "AKTIVITET").param("akt[0].title", "Ny aktivitet").param("akt[0].unit", "okänd"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Välj ett av alternativen.")));
        assertThat(reader.namndmal(goal).aktiviteter()).hasSize(2);
    }

    private MockHttpServletRequestBuilder indicatorForm(PlanDocument plan, String userId, String unit) {
        PlanSection section = reader.section(plan.id(), SECTION);
        Namndmal goal = reader.namndmal(section.namndmalId());
        return post("/verksamhetsplan/" + plan.id() + "/avsnitt/" + SECTION).with(csrf())
                .with(user(userId).roles("handlaggare", unit))
                .param("version", String.valueOf(goal.version()))
                .param("description", goal.description() == null ? "" : goal.description())
                .param("ind[0].direction", "HIGHER").param("ind[1].direction", "HIGHER");
    }
}
