package se.arshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.AppTestBase;

/** The plan list and overview show their texts from the bundle; a refused start goes back with the rule's message. */
class PlanPagesWebTest extends AppTestBase {
    @Autowired PlanTestData testData;

    @Test
    void listAndOverviewOfADecidedPlan() throws Exception {
        PlanDocument decided = testData.decidedVp2022();
        assertThat(page("/verksamhetsplan", "dan")).contains("Starta plan för år", "Skapa från föregående års plan", "Verksamhetsplan 2022",
                "<span class=\"badge locked\">Beslutad</span>");
        assertThat(page("/verksamhetsplan/" + decided.id(), "dan")).contains("Planen är beslutad av nämnden och låst.",
                "data-confirm=\"Skapa en korrigeringsversion av den beslutade planen?\"", "Godkänd", "Budget");
    }

    @Test
    void startingAYearThatHasAPlanIsRefusedWithTheRulesMessage() throws Exception {
        testData.decidedVp2022();
        mvc.perform(post("/verksamhetsplan/starta").with(csrf()).with(as("dan")).param("year", "2022")
                        .header("Referer", "/verksamhetsplan"))
                .andExpect(redirectedUrl("/verksamhetsplan"))
                .andExpect(flash().attribute("error", "Det finns redan en verksamhetsplan för 2022."));
    }
}
