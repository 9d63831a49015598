package se.arshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import se.arshjul.support.AppTestBase;

/** Verksamhetsstatistik is edited in the uppföljning section, by stab, with the plan's usual rules. */
class StatisticsEditorWebTest extends AppTestBase {
    private static final String SECTION = PlanWriter.UPPFOLJNING;

    @Autowired PlanTestData testData;
    @Autowired PlanReader reader;

    @Test
    void editorShowsTheTablesAndSavesSwedishNumbers() throws Exception {
        PlanDocument plan = testData.editableDraft();
        String html = page("/verksamhetsplan/" + plan.id() + "/avsnitt/" + SECTION, "ivar");
        assertThat(html).contains("Verksamhetsstatistik", "Enheten mot våld i nära relationer", "Augusti 2022",
                "name=\"" + StatisticsForm.valueField(0, 0, 1) + "\" value=\"422\"");

        Map<String, String> form = form(plan);
        form.put(StatisticsForm.valueField(0, 0, 0), "1 401");
        form.put(StatisticsForm.columnField(0, 0), "Juli 2022");
        mvc.perform(post(plan, form, "ivar")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Avsnittet är sparat."));
        StatisticsTable saved = reader.content(plan.id()).statisticsTables().get(0);
        assertThat(saved.rows().get(0).value1()).isEqualByComparingTo("1401");
        assertThat(saved.columns()).containsExactly("Juli 2022", "Augusti 2021", "Augusti 2020");
        assertThat(page("/verksamhetsplan/" + plan.id() + "/avsnitt/" + SECTION, "ivar")).contains("value=\"1 401\"");
    }

    @Test
    void malformedNumberIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        PlanDocument plan = testData.editableDraft();
        List<StatisticsTable> before = reader.content(plan.id()).statisticsTables();
        String bodyBefore = reader.section(plan.id(), SECTION).body();
        Map<String, String> form = form(plan);
        form.put("body", "Ändrad text");
        form.put(StatisticsForm.valueField(1, 0, 0), "60");
        form.put(StatisticsForm.valueField(2, 1, 1), "12,3,4");
        mvc.perform(post(plan, form, "ivar")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(PlanTestData.NUMBER_MESSAGE)))
                .andExpect(content().string(containsString("value=\"12,3,4\"")));
        assertThat(reader.content(plan.id()).statisticsTables()).isEqualTo(before);
        assertThat(reader.section(plan.id(), SECTION).body()).isEqualTo(bodyBefore);
    }

    @Test
    void otherUnitsAndDecidedPlansCannotChangeTheStatistics() throws Exception {
        PlanDocument plan = testData.editableDraft();
        List<StatisticsTable> before = reader.content(plan.id()).statisticsTables();
        Map<String, String> form = form(plan);
        form.put(StatisticsForm.valueField(0, 0, 0), "999");
        mvc.perform(post(plan, form, "bo")).andExpect(status().isForbidden());
        assertThat(reader.content(plan.id()).statisticsTables()).isEqualTo(before);

        PlanDocument decided = testData.decidedVp2022();
        List<StatisticsTable> decidedBefore = reader.content(decided.id()).statisticsTables();
        Map<String, String> decidedForm = form(decided);
        decidedForm.put(StatisticsForm.valueField(0, 0, 0), "999");
        mvc.perform(post(decided, decidedForm, "ivar")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("låst")));
        assertThat(reader.content(decided.id()).statisticsTables()).isEqualTo(decidedBefore);
    }

    private Map<String, String> form(PlanDocument plan) {
        PlanContent content = reader.content(plan.id());
        PlanSection section = content.section(SECTION);
        Map<String, String> form = new HashMap<>(StatisticsForm.of(content.statisticsTables()));
        form.put("version", String.valueOf(section.version()));
        form.put("body", section.body() == null ? "" : section.body());
        return form;
    }

    private MockHttpServletRequestBuilder post(PlanDocument plan, Map<String, String> form, String user) {
        String url = "/verksamhetsplan/" + plan.id() + "/avsnitt/" + SECTION;
        // a refusal of the whole action goes back to the page the form was on
        var request = MockMvcRequestBuilders.post(url).with(csrf()).with(as(user))
                .header("Referer", url);
        form.forEach(request::param);
        return request;
    }
}
