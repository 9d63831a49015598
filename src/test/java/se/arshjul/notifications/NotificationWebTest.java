package se.arshjul.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.AppTestBase;

class NotificationWebTest extends AppTestBase {

    @Autowired NotificationService notifications;

    @Test
    void listOpenAndMarkAllRead() throws Exception {
        notifications.notifyUsers(List.of("anna"), Notification.Kind.REMINDER, "Påminnelse: Skriv", "Förfaller snart.", "/uppgifter/abc");
        notifications.notifyUsers(List.of("anna"), Notification.Kind.INFO, "Info", "Text", "https://elak.example/");
        notifications.notifyUsers(List.of("bo"), Notification.Kind.ESCALATION, "Bos notis", "Text", "/uppgifter");

        String page = page("/notiser", "anna");
        assertThat(page).contains("Påminnelse: Skriv").contains("Förfaller snart.").contains("Info").doesNotContain("Bos notis");
        assertThat(page("/", "anna")).contains("Olästa notiser").contains("Påminnelse: Skriv");

        long reminder = notifications.latest("anna").stream().filter(n -> n.title().startsWith("Påminnelse")).findFirst().orElseThrow().id();
        long external = notifications.latest("anna").stream().filter(n -> n.title().equals("Info")).findFirst().orElseThrow().id();
        long bos = notifications.latest("bo").get(0).id();

        // Someone else's notification does not exist for anna.
        mvc.perform(post("/notiser/" + bos + "/oppna").with(as("anna")).with(csrf())).andExpect(status().isNotFound());
        assertThat(notifications.unreadCount("bo")).isEqualTo(1);

        mvc.perform(post("/notiser/" + reminder + "/oppna").with(as("anna")).with(csrf())).andExpect(redirectedUrl("/uppgifter/abc"));
        assertThat(notifications.unreadCount("anna")).isEqualTo(1);
        // Links leaving the application are not followed.
        mvc.perform(post("/notiser/" + external + "/oppna").with(as("anna")).with(csrf())).andExpect(redirectedUrl("/notiser"));
        assertThat(notifications.unreadCount("anna")).isZero();

        notifications.notifyUsers(List.of("anna"), Notification.Kind.INFO, "Ny", "Text", null);
        String readAll = followRedirect(mvc.perform(post("/notiser/las-alla").with(as("anna")).with(csrf())).andReturn(), "anna");
        assertThat(readAll).contains("1 notiser markerade som lästa.");
        assertThat(notifications.unreadCount("anna")).isZero();
        assertThat(notifications.unreadCount("bo")).isEqualTo(1);

        mvc.perform(post("/notiser/abc/oppna").with(as("anna")).with(csrf())).andExpect(status().isBadRequest());
    }
}
