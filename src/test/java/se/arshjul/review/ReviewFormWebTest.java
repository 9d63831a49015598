package se.arshjul.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import se.arshjul.support.AppTestBase;

/** The Granskning forms through the web: validation messages in Swedish, and nothing saved on refusal. */
class ReviewFormWebTest extends AppTestBase {
    static final String FOUR_EYES = "Fyra ögon: du lämnade in avsnittet och kan därför inte granska det.";


    @Test
    void writeTaskNeedsTheCheckboxTicked() throws Exception {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål 1");
        Task write = currentTask(pi);
        String path = "/uppgifter/" + write.getId();

        MvcResult refused = mvc.perform(post(path + "/slutfor").with(as("anna")).with(csrf())
                .param("submissionNote", "Se bilaga")).andExpect(redirectedUrl(path)).andReturn();
        String page = followRedirect(refused, "anna");
        assertThat(page).contains("Uppgiften kunde inte slutföras. Rätta det som är markerat.")
                .containsPattern("class=\"field has-error\"[\\s\\S]*name=\"readyForReview\"[\\s\\S]*"
                        + "<p class=\"field-error\" id=\"e-readyForReview\">Kryssa i rutan.</p>")
                .as("the note typed is kept").contains(">Se bilaga</textarea>");
        Task after = task(write.getId());
        assertThat(after).isNotNull();
        assertThat(after.getAssignee()).as("a refused completion does not claim the task").isNull();
        assertThat(runtimeService.getVariable(pi.getId(), "submissionNote")).isNull();

        MvcResult done = mvc.perform(post(path + "/slutfor").with(as("anna")).with(csrf())
                .param("submissionNote", "Se bilaga").param("readyForReview", "true")).andExpect(redirectedUrl("/uppgifter")).andReturn();
        assertThat(followRedirect(done, "anna")).contains("Uppgiften är slutförd.");
        Task review = currentTask(pi);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewSection");
        assertThat(runtimeService.getVariable(pi.getId(), "submittedBy")).isEqualTo("anna");
        assertThat(runtimeService.getVariable(pi.getId(), "submissionNote")).isEqualTo("Se bilaga");
    }

    @Test
    void sendingBackWithoutACommentShowsTheMessageAndTheReviewStaysOpen() throws Exception {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål 2");
        submitSection(pi, "anna");
        Task review = currentTask(pi);
        String path = "/uppgifter/" + review.getId();

        MvcResult refused = mvc.perform(post(path + "/slutfor").with(as("cecilia")).with(csrf())
                .param("decision", "atersand").param("reviewComment", "   ")).andExpect(redirectedUrl(path)).andReturn();
        String page = followRedirect(refused, "cecilia");
        assertThat(page).contains("<p class=\"field-error\" id=\"e-reviewComment\">Skriv en kommentar som förklarar vad som ska ändras.</p>")
                .as("the chosen decision stays selected").containsPattern("value=\"atersand\" checked");

        Task after = task(review.getId());
        assertThat(after).as("review still active").isNotNull();
        assertThat(after.getAssignee()).as("the rolled-back claim is gone too").isNull();
        assertThat(runtimeService.getVariable(pi.getId(), "decision")).isNull();
        assertThat(runtimeService.getVariable(pi.getId(), "approved")).isNull();

        // With a comment it goes back to the author, who sees the comment on the new write task.
        mvc.perform(post(path + "/slutfor").with(as("cecilia")).with(csrf())
                .param("decision", "atersand").param("reviewComment", "Lägg till måluppfyllelse.")).andExpect(redirectedUrl("/uppgifter"));
        Task rewrite = currentTask(pi);
        assertThat(rewrite.getTaskDefinitionKey()).isEqualTo("Task_WriteSection");
        assertThat(page("/uppgifter/" + rewrite.getId(), "anna"))
                .contains("Granskarens kommentar").contains("Lägg till måluppfyllelse.")
                .contains("Skickat tillbaka: Lägg till måluppfyllelse.")
                .containsPattern("<dt>Granskningsvarv</dt><dd>2</dd>")
                .as("the ready-for-review box is not pre-ticked from the first round")
                .containsPattern("<input type=\"checkbox\" name=\"readyForReview\" value=\"true\" id=\"f-readyForReview\">");
    }

    @Test
    void aDecisionOutsideTheFormsOptionsIsRefused() throws Exception {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål 3");
        submitSection(pi, "anna");
        Task review = currentTask(pi);
        String path = "/uppgifter/" + review.getId();

        String missing = followRedirect(mvc.perform(post(path + "/slutfor").with(as("cecilia")).with(csrf())).andReturn(), "cecilia");
        assertThat(missing).contains("id=\"e-decision\">Måste fyllas i.</p>");
        String invented = followRedirect(mvc.perform(post(path + "/slutfor").with(as("cecilia")).with(csrf())
                .param("decision", "kanske")).andReturn(), "cecilia");
        assertThat(invented).contains("id=\"e-decision\">Välj ett av alternativen.</p>");
        assertThat(task(review.getId())).isNotNull();
    }

    @Test
    void fourEyesTheSubmitterCannotReviewTheirOwnSection() throws Exception {
        // cecilia is in barn-unga (may write) and in barn-unga-chefer (may review).
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål 4");
        Task write = currentTask(pi);
        mvc.perform(post("/uppgifter/" + write.getId() + "/slutfor").with(as("cecilia")).with(csrf())
                .param("readyForReview", "true")).andExpect(redirectedUrl("/uppgifter"));
        Task review = currentTask(pi);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewSection");
        String path = "/uppgifter/" + review.getId();

        // Completing straight away (which claims first) is refused with the four-eyes message.
        String completing = followRedirect(mvc.perform(post(path + "/slutfor").with(as("cecilia")).with(csrf())
                .param("decision", "godkann")).andExpect(redirectedUrl(path)).andReturn(), "cecilia");
        assertThat(completing).contains(FOUR_EYES);
        assertThat(task(review.getId())).isNotNull();
        assertThat(task(review.getId()).getAssignee()).isNull();
        assertThat(runtimeService.getVariable(pi.getId(), "approved")).isNull();

        // Claiming it is refused too; the engine refuses assigning it to her by any route.
        String claiming = followRedirect(mvc.perform(post(path + "/ta").with(as("cecilia")).with(csrf())).andReturn(), "cecilia");
        assertThat(claiming).contains(FOUR_EYES);
        assertThat(task(review.getId()).getAssignee()).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.setAssignee(review.getId(), "cecilia"))
                .hasRootCauseInstanceOf(TaskRuleViolation.class);
        assertThat(task(review.getId()).getAssignee()).isNull();
    }

    @Test
    void approvingFinishesTheCase() throws Exception {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål 5");
        submitSection(pi, "anna");
        Task review = currentTask(pi);
        mvc.perform(post("/uppgifter/" + review.getId() + "/slutfor").with(as("cecilia")).with(csrf())
                .param("decision", "godkann").param("reviewComment", "Bra!")).andExpect(redirectedUrl("/uppgifter"));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getEndTime()).isNotNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName("approved")
                .singleResult().getValue()).isEqualTo(true);
    }
}
