package se.arshjul.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import se.arshjul.support.AppTestBase;

/** Menu counts are reused while a session only reads, and recomputed after its own actions. */
class MenuCountsWebTest extends AppTestBase {
    private static final Pattern TOTAL = Pattern.compile("<p class=\"summary\"><span>([\\d\\s\u00a0]+)</span> uppgifter</p>");
    private static final Pattern GROUP_COUNT = Pattern.compile("Gruppens uppgifter <span class=\"count\">(\\d+)</span>");

    @Test
    void aSessionsOwnActionRefreshesTheCountsAtOnce() throws Exception {
        MockHttpSession session = new MockHttpSession();
        startReview("VP-2031", "barn-unga", "Första avsnittet");
        assertThat(groupCount(session)).isEqualTo(1);

        startReview("VP-2031", "barn-unga", "Andra avsnittet"); // arrives while anna only reads
        assertThat(groupCount(session)).as("reused within the session").isEqualTo(1);
        assertThat(groupCount(new MockHttpSession())).as("another session counts afresh").isEqualTo(2);

        mvc.perform(post("/notiser/las-alla").with(as("anna")).with(csrf()).session(session));
        assertThat(groupCount(session)).as("recomputed after the session's own action").isEqualTo(2);
    }

    @Test
    void theTaskListsTotalBeyondOnePageIsReusedLikeTheMenuCountsButItsRowsAreReadAnew() throws Exception {
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < TaskFilter.PAGE_SIZE + 1; i++) {
            startReview("VP-2032", "barn-unga", "Avsnitt " + i);
        }
        assertThat(listTotal(session)).isEqualTo(TaskFilter.PAGE_SIZE + 1);

        startReview("VP-2032", "barn-unga", "Aaa först i listan"); // arrives while anna only reads
        String page = list(session);
        assertThat(total(page)).as("total reused within the session").isEqualTo(TaskFilter.PAGE_SIZE + 1);
        assertThat(listTotal(new MockHttpSession())).as("another session counts afresh").isEqualTo(TaskFilter.PAGE_SIZE + 2);

        mvc.perform(post("/notiser/las-alla").with(as("anna")).with(csrf()).session(session));
        assertThat(listTotal(session)).as("recounted after the session's own action").isEqualTo(TaskFilter.PAGE_SIZE + 2);
    }

    private String list(MockHttpSession session) throws Exception {
        return mvc.perform(get("/uppgifter").param("vy", "grupp").with(as("anna")).session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int listTotal(MockHttpSession session) throws Exception {
        return total(list(session));
    }

    private static int total(String page) {
        Matcher m = TOTAL.matcher(page);
        assertThat(m.find()).as("the list shows its total").isTrue();
        return Integer.parseInt(m.group(1).replace("\u00a0", "").replace(" ", ""));
    }

    private int groupCount(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/notiser").with(as("anna")).session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = GROUP_COUNT.matcher(page);
        assertThat(m.find()).as("menu shows the group count").isTrue();
        return Integer.parseInt(m.group(1));
    }
}
