package se.arshjul.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import se.arshjul.support.AppTestBase;
import se.arshjul.web.PageMessages;

/** Claim, release, reassign and comment through the web, checked against the engine's state. */
class TaskActionsWebTest extends AppTestBase {
    @Autowired PageMessages messages;


    @Test
    void claimAndUnclaim() throws Exception {
        Task task = currentTask(startReview("VP-2023", "barn-unga", "Nämndmål 1"));
        String path = "/uppgifter/" + task.getId();

        MvcResult claimed = mvc.perform(post(path + "/ta").with(as("anna")).with(csrf())).andExpect(redirectedUrl(path)).andReturn();
        assertThat(task(task.getId()).getAssignee()).isEqualTo("anna");
        String page = followRedirect(claimed, "anna");
        assertThat(page).contains("Du har tagit uppgiften.").contains("Lämna tillbaka till gruppen").contains("Tog uppgiften");
        assertThat(page("/uppgifter", "anna")).contains("Skriv: Nämndmål 1");

        // cecilia (same unit) cannot take it from anna by claiming.
        String refused = followRedirect(mvc.perform(post(path + "/ta").with(as("cecilia")).with(csrf())).andReturn(), "cecilia");
        assertThat(refused).contains("Uppgiften har redan tagits av anna.");
        assertThat(task(task.getId()).getAssignee()).isEqualTo("anna");

        MvcResult released = mvc.perform(post(path + "/lamna").with(as("anna")).with(csrf())).andExpect(redirectedUrl(path)).andReturn();
        assertThat(task(task.getId()).getAssignee()).isNull();
        assertThat(followRedirect(released, "anna")).contains("Uppgiften är tillbaka i gruppens lista.").contains("Ta uppgiften");
        assertThat(page("/uppgifter", "anna")).doesNotContain("Skriv: Nämndmål 1");
    }

    @Test
    void staffCannotReleaseAColleaguesTaskButTheManagerCan() throws Exception {
        Task task = currentTask(startReview("VP-2023", "vuxen", "Nämndmål vuxen"));
        taskService.claim(task.getId(), "bo");
        String path = "/uppgifter/" + task.getId();

        // anna is not in vuxen at all; kalle manages vuxen.
        mvc.perform(post(path + "/lamna").with(as("anna")).with(csrf())).andExpect(status().isForbidden());
        assertThat(task(task.getId()).getAssignee()).isEqualTo("bo");
        mvc.perform(post(path + "/lamna").with(as("kalle")).with(csrf())).andExpect(redirectedUrl(path));
        assertThat(task(task.getId()).getAssignee()).isNull();
    }

    @Test
    void managerReassignsWithinTheTasksGroupOnly() throws Exception {
        Task task = currentTask(startReview("VP-2023", "barn-unga", "Nämndmål 2"));
        String path = "/uppgifter/" + task.getId();

        // Staff may not reassign.
        mvc.perform(post(path + "/tilldela").with(as("anna")).with(csrf()).param("assignee", "anna")).andExpect(status().isForbidden());
        assertThat(task(task.getId()).getAssignee()).isNull();

        // Outside the task's groups (bo is vuxen), and a user who does not exist: refused with a message.
        String outside = followRedirect(mvc.perform(post(path + "/tilldela").with(as("cecilia")).with(csrf()).param("assignee", "bo")).andReturn(), "cecilia");
        assertThat(outside).contains("Användaren ingår inte i någon av uppgiftens grupper.");
        assertThat(task(task.getId()).getAssignee()).isNull();
        String unknown = followRedirect(mvc.perform(post(path + "/tilldela").with(as("cecilia")).with(csrf()).param("assignee", "nisse")).andReturn(), "cecilia");
        assertThat(unknown).contains("Användaren &quot;nisse&quot; finns inte.");
        assertThat(task(task.getId()).getAssignee()).isNull();

        // Inside the group: done, shown in the history, and anna now has it among her own tasks.
        String done = followRedirect(mvc.perform(post(path + "/tilldela").with(as("cecilia")).with(csrf()).param("assignee", " anna ")).andReturn(), "cecilia");
        assertThat(task(task.getId()).getAssignee()).isEqualTo("anna");
        assertThat(done).contains("Uppgiften är tilldelad anna.").contains("Tilldelade uppgiften till anna");
        assertThat(page("/uppgifter", "anna")).contains("Skriv: Nämndmål 2");

        // And the manager may move it on to another member, even while it is assigned.
        mvc.perform(post(path + "/tilldela").with(as("cecilia")).with(csrf()).param("assignee", "cecilia")).andExpect(redirectedUrl(path));
        assertThat(task(task.getId()).getAssignee()).isEqualTo("cecilia");
    }

    @Test
    void commentsAreSavedWithTheAuthorAndShownInTheCaseHistory() throws Exception {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål 3");
        Task task = currentTask(pi);
        String path = "/uppgifter/" + task.getId();

        String saved = followRedirect(mvc.perform(post(path + "/kommentar").with(as("anna")).with(csrf())
                .param("comment", "  Jag har frågat ekonomi om siffrorna.  ")).andReturn(), "anna");
        assertThat(saved).contains("Kommentaren är sparad.").contains("Jag har frågat ekonomi om siffrorna.");

        assertThat(taskService.getProcessInstanceComments(pi.getId())).singleElement().satisfies(c -> {
            assertThat(((Comment) c).getFullMessage()).isEqualTo("Jag har frågat ekonomi om siffrorna.");
            assertThat(((Comment) c).getUserId()).isEqualTo("anna");
        });
        // The manager sees it in the history too, attributed to anna.
        assertThat(page(path, "cecilia")).containsPattern("<strong>anna</strong>\\s*<span>Kommentar</span>\\s*<p class=\"pre\">Jag har frågat ekonomi om siffrorna.</p>");

        // Empty and overlong comments are refused with a message and not saved.
        String empty = followRedirect(mvc.perform(post(path + "/kommentar").with(as("anna")).with(csrf()).param("comment", "   ")).andReturn(), "anna");
        assertThat(empty).contains(messages.message("validation.required"));
        String tooLong = followRedirect(mvc.perform(post(path + "/kommentar").with(as("anna")).with(csrf()).param("comment", "x".repeat(4001))).andReturn(), "anna");
        assertThat(tooLong).containsPattern("Högst 4[\\s\\u00a0]000 tecken \\(nu 4[\\s\\u00a0]001\\)\\.");
        assertThat(taskService.getProcessInstanceComments(pi.getId())).hasSize(1);
    }

    @Test
    void commentsFollowTheCaseToTheNextTask() throws Exception {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål 4");
        Task write = currentTask(pi);
        mvc.perform(post("/uppgifter/" + write.getId() + "/kommentar").with(as("anna")).with(csrf()).param("comment", "Utkast klart"));
        submitSection(pi, "anna");
        Task review = currentTask(pi);
        assertThat(page("/uppgifter/" + review.getId(), "cecilia"))
                .contains("Utkast klart")
                .contains("Meddelande från författaren").contains("Klart för granskning")
                .containsPattern("<strong>anna</strong>\\s*<span>Slutförde</span>");
    }
}
