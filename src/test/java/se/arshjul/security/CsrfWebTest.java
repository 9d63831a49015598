package se.arshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import se.arshjul.notifications.Notification;
import se.arshjul.notifications.NotificationService;
import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/** Every state-changing request of the application needs the CSRF token; without it nothing changes. */
class CsrfWebTest extends AppTestBase {

    @org.springframework.beans.factory.annotation.Autowired NotificationService notifications;

    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {"ta", "lamna", "tilldela", "kommentar", "slutfor"})
    void taskActionsWithoutCsrfAreRefusedAndChangeNothing(String action) throws Exception {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål CSRF");
        Task task = currentTask(pi);
        String user = action.equals("tilldela") ? "cecilia" : "anna";
        if (action.equals("lamna")) {
            taskService.claim(task.getId(), "anna");
        }
        String assigneeBefore = task(task.getId()).getAssignee();

        mvc.perform(post("/uppgifter/" + task.getId() + "/" + action).with(as(user))
                        .param("assignee", "anna").param("comment", "Hej").param("readyForReview", "true"))
                .andExpect(status().isForbidden());

        Task after = task(task.getId());
        assertThat(after).as("task still active").isNotNull();
        assertThat(after.getAssignee()).isEqualTo(assigneeBefore);
        assertThat(taskService.getProcessInstanceComments(pi.getId())).isEmpty();

        // The same request with the token does go through (so the 403 above was the missing token).
        mvc.perform(post("/uppgifter/" + task.getId() + "/" + action).with(as(user)).with(csrf())
                        .param("assignee", "anna").param("comment", "Hej").param("readyForReview", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @org.springframework.beans.factory.annotation.Autowired MatrixFixture fixture;
    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlerMapping;

    /**
     * Every POST mapping (read from Spring MVC; the access matrix has a URL for each) sent without the
     * token, by a user who may use it: 403 and the database unchanged.
     */
    @Test
    void everyPostMappingWithoutCsrfIsRefusedAndChangesNothing() throws Exception {
        java.util.Set<String> posts = new java.util.TreeSet<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> {
            if (info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.POST)) {
                posts.addAll(info.getPatternValues().stream().map(p -> "POST " + p).toList());
            }
        });
        assertThat(posts).hasSizeGreaterThan(40);
        var ids = new java.util.HashMap<>(fixture.ids());
        ProcessInstance pi = startReview("VP-2077", "barn-unga", "Nämndmål CSRF alla");
        ids.put("task", currentTask(pi).getId());
        notifications.notifyUsers(List.of("anna"), Notification.Kind.INFO, "Info", "Text", "/uppgifter");
        ids.put("notification", String.valueOf(notifications.latest("anna").get(0).id()));
        ids.put("attachment", fixture.attachment());
        java.util.List<String> failures = new java.util.ArrayList<>();
        for (String mapping : posts) {
            var row = EndpointAccessMatrixWebTest.MATRIX.stream().filter(r -> r.mapping().equals(mapping)).findFirst()
                    .orElseThrow(() -> new AssertionError("no matrix row for " + mapping));
            String user = row.allowed().contains(EndpointAccessMatrixWebTest.Role.STAFF_A) ? "anna" : "admin";
            String url = EndpointAccessMatrixWebTest.resolve(row.url(), ids);
            var request = post(url).with(as(user));
            row.params().forEach((k, v) -> request.param(k, EndpointAccessMatrixWebTest.resolve(v, ids)));
            var before = se.arshjul.support.DatabaseSnapshot.of(jdbc);
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            var changed = before.changedTables(se.arshjul.support.DatabaseSnapshot.of(jdbc));
            if (status != 403 || !changed.isEmpty()) failures.add("POST " + url + " as " + user + " without token → " + status + " changed " + changed);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void notificationActionsWithoutCsrfAreRefused() throws Exception {
        notifications.notifyUsers(List.of("anna"), Notification.Kind.INFO, "Info", "Text", "/uppgifter");
        long id = notifications.latest("anna").get(0).id();

        mvc.perform(post("/notiser/" + id + "/oppna").with(as("anna"))).andExpect(status().isForbidden());
        mvc.perform(post("/notiser/las-alla").with(as("anna"))).andExpect(status().isForbidden());
        assertThat(notifications.unreadCount("anna")).isEqualTo(1);

        mvc.perform(post("/notiser/las-alla").with(as("anna")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(notifications.unreadCount("anna")).isZero();
    }

    @Test
    void inTheRealServerAMissingTokenAnswers403WithTheSwedishPage() {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål CSRF server");
        Task task = currentTask(pi);
        HttpSession anna = new HttpSession(baseUrl()).loggedInAs("anna", PASSWORD);

        HttpResponse<String> r = anna.postForm("/uppgifter/" + task.getId() + "/ta", Map.of());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Åtkomst nekad");
        assertThat(task(task.getId()).getAssignee()).isNull();

        HttpResponse<String> wrongToken = anna.postForm("/uppgifter/" + task.getId() + "/ta", Map.of("_csrf", "forfalskad"));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(task(task.getId()).getAssignee()).isNull();
    }
}
