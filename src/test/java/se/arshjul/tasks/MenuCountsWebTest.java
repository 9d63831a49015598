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

    private int groupCount(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/notiser").with(as("anna")).session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = GROUP_COUNT.matcher(page);
        assertThat(m.find()).as("menu shows the group count").isTrue();
        return Integer.parseInt(m.group(1));
    }
}
