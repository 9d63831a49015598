package se.arshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import se.arshjul.support.AppTestBase;

/** Budget tables: input rows are added and removed in the editor; sum rows stay and are computed. */
class BudgetRowsWebTest extends AppTestBase {

    @Autowired PlanTestData testData;
    @Autowired PlanReader reader;

    @Test
    void rowsAreAddedAndRemovedAndTheSumsFollow() throws Exception {
        PlanDocument plan = testData.editableDraft();
        BudgetTable before = drift(plan);
        BigDecimal total = before.amount(before.row("summa_netto"), 2);
        BigDecimal socialpsykiatri = before.row("socialpsykiatri").amount3();
        int removed = before.rows().indexOf(before.row("socialpsykiatri"));

        Map<String, String> form = form(plan);
        form.put(BudgetForm.removeField(before, removed), "on");
        form.put(BudgetForm.newNameField(before), "Hemlöshet");
        form.put(BudgetForm.newAmountField(before, 2), "-1 500,5");
        form.put(BudgetForm.newAfterField(before), "vard_och_behandling");
        mvc.perform(post(plan, form, "fia")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Avsnittet är sparat."));

        BudgetTable after = drift(plan);
        assertThat(after.rows()).extracting(BudgetRow::code).containsExactly("namnd_och_overgripande_verksamhet",
                "vard_och_behandling", "hemloshet", "ensamkommande_barn_och_unga", "summa_netto");
        assertThat(after.row("hemloshet").amount3()).isEqualByComparingTo("-1500.5");
        assertThat(after.row("hemloshet").isSum()).isFalse();
        assertThat(after.amount(after.row("summa_netto"), 2))
                .isEqualByComparingTo(total.subtract(socialpsykiatri).subtract(new BigDecimal("1500.5")));

        // a new row without a place goes after the last input row, before the sum; codes stay unique
        form = form(plan);
        form.put(BudgetForm.newNameField(after), "Hemlöshet");
        mvc.perform(post(plan, form, "fia")).andExpect(status().is3xxRedirection());
        assertThat(drift(plan).rows()).extracting(BudgetRow::code).containsExactly("namnd_och_overgripande_verksamhet",
                "vard_och_behandling", "hemloshet", "ensamkommande_barn_och_unga", "hemloshet_2", "summa_netto");
    }

    @Test
    void sumRowsCannotBeRemovedNorRowsTheirFormulasNeed() throws Exception {
        PlanDocument plan = testData.editableDraft();
        BudgetTable drift = drift(plan);
        int sum = drift.rows().indexOf(drift.row("summa_netto"));
        String html = page("/verksamhetsplan/" + plan.id() + "/avsnitt/budget", "fia");
        assertThat(html).contains("name=\"" + BudgetForm.removeField(drift, 0) + "\"", "name=\"" + BudgetForm.newNameField(drift) + "\"")
                .doesNotContain("name=\"" + BudgetForm.removeField(drift, sum) + "\"");

        // a forged removal of a sum row changes nothing
        Map<String, String> form = form(plan);
        form.put(BudgetForm.removeField(drift, sum), "on");
        mvc.perform(post(plan, form, "fia")).andExpect(status().is3xxRedirection());
        assertThat(drift(plan).rows()).extracting(BudgetRow::code).containsExactlyElementsOf(drift.rows().stream().map(BudgetRow::code).toList());

        BudgetTable result = reader.content(plan.id()).budget(BudgetTableKind.RESULTATRAKNING);
        int personal = result.rows().indexOf(result.row("personal"));
        form = form(plan);
        form.put(BudgetForm.removeField(result, personal), "on");
        mvc.perform(post(plan, form, "fia")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Raden ingår i summan Verksamhetens kostnader och kan inte tas bort.")));
        assertThat(reader.content(plan.id()).budget(BudgetTableKind.RESULTATRAKNING)).isEqualTo(result);
    }

    @Test
    void malformedOrNamelessNewRowIsRefusedAndNothingIsSaved() throws Exception {
        PlanDocument plan = testData.editableDraft();
        BudgetTable before = drift(plan);
        Map<String, String> form = form(plan);
        form.put(BudgetForm.removeField(before, 0), "on");
        form.put(BudgetForm.newNameField(before), "Hemlöshet");
        form.put(BudgetForm.newAmountField(before, 2), "12,3,4");
        BudgetTable extern = reader.content(plan.id()).budget(BudgetTableKind.EXTERN_FINANSIERING);
        form.put(BudgetForm.newAmountField(extern, 0), "500");
        mvc.perform(post(plan, form, "fia")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(PlanTestData.NUMBER_MESSAGE)))
                .andExpect(content().string(containsString("value=\"12,3,4\"")))
                .andExpect(content().string(containsString("id=\"e-" + BudgetForm.newNameField(extern) + "\">Måste fyllas i.")));
        assertThat(drift(plan)).isEqualTo(before);
        assertThat(reader.content(plan.id()).budget(BudgetTableKind.EXTERN_FINANSIERING)).isEqualTo(extern);
    }

    @Test
    void decidedPlanAndOtherUnitsCannotAddRows() throws Exception {
        PlanDocument plan = testData.editableDraft();
        BudgetTable before = drift(plan);
        Map<String, String> form = form(plan);
        form.put(BudgetForm.newNameField(before), "Kapad");
        mvc.perform(post(plan, form, "anna")).andExpect(status().isForbidden());
        assertThat(drift(plan)).isEqualTo(before);

        PlanDocument decided = testData.decidedVp2022();
        BudgetTable decidedBefore = drift(decided);
        Map<String, String> decidedForm = form(decided);
        decidedForm.put(BudgetForm.newNameField(decidedBefore), "Efter beslut");
        mvc.perform(post(decided, decidedForm, "fia")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("låst")));
        assertThat(drift(decided)).isEqualTo(decidedBefore);
    }

    private BudgetTable drift(PlanDocument plan) {
        return reader.content(plan.id()).budget(BudgetTableKind.DRIFTBUDGET);
    }

    private Map<String, String> form(PlanDocument plan) {
        return new HashMap<>(BudgetForm.of(reader.content(plan.id()).budgetTables()).values());
    }

    private MockHttpServletRequestBuilder post(PlanDocument plan, Map<String, String> form, String user) {
        String url = "/verksamhetsplan/" + plan.id() + "/avsnitt/budget";
        // a refusal of the whole action goes back to the page the form was on
        var request = MockMvcRequestBuilders.post(url).with(csrf()).with(as(user)).header("Referer", url);
        form.forEach(request::param);
        return request;
    }
}
