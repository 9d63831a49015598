package se.arshjul.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.arshjul.support.AppTestBase;

/** A task id is no key: users of another unit get 403 for every action, and the task stays as it was. */
class TaskAccessWebTest extends AppTestBase {

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "ta, bo", "slutfor, bo", "kommentar, bo", "lamna, bo",
            "ta, kalle", "slutfor, kalle", "tilldela, kalle", "lamna, kalle", "kommentar, kalle",
            "ta, dan", "slutfor, eva"})
    void actionsOnAnotherUnitsTaskAreForbidden(String action, String user) throws Exception {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål barn");
        Task task = currentTask(pi);

        mvc.perform(post("/uppgifter/" + task.getId() + "/" + action).with(as(user)).with(csrf())
                        .param("assignee", user).param("comment", "Intrång").param("readyForReview", "true"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Uppgiften tillhör inte dig eller någon av dina grupper.")));

        Task after = task(task.getId());
        assertThat(after).as("still the open write task").isNotNull();
        assertThat(after.getAssignee()).isNull();
        assertThat(taskService.getProcessInstanceComments(pi.getId())).isEmpty();
        assertThat(runtimeService.getVariable(pi.getId(), "readyForReview")).isNull();
    }

    @Test
    void anotherUnitCannotOpenTheTaskPageButTheOwnUnitCan() throws Exception {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål barn");
        Task task = currentTask(pi);

        for (String outsider : new String[] {"bo", "kalle", "dan", "eva"}) {
            mvc.perform(get("/uppgifter/" + task.getId()).with(as(outsider)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("Åtkomst nekad")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Nämndmål barn"))));
        }
        for (String insider : new String[] {"anna", "cecilia"}) {
            mvc.perform(get("/uppgifter/" + task.getId()).with(as(insider)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Skriv: Nämndmål barn")));
        }
    }

    @Test
    void theReviewStepIsOnlyForTheUnitsManagers() throws Exception {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål barn");
        submitSection(pi, "anna");
        Task review = currentTask(pi);

        // anna wrote it and is in barn-unga, but the review goes to barn-unga-chefer.
        mvc.perform(get("/uppgifter/" + review.getId()).with(as("anna"))).andExpect(status().isForbidden());
        mvc.perform(post("/uppgifter/" + review.getId() + "/slutfor").with(as("anna")).with(csrf()).param("decision", "godkann"))
                .andExpect(status().isForbidden());
        assertThat(task(review.getId())).isNotNull();
        mvc.perform(get("/uppgifter/" + review.getId()).with(as("cecilia"))).andExpect(status().isOk());
    }

    @Test
    void unknownOrFinishedTasksGive404() throws Exception {
        mvc.perform(get("/uppgifter/finns-inte").with(as("anna")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Uppgiften finns inte eller är redan avslutad.")));
        mvc.perform(post("/uppgifter/finns-inte/ta").with(as("anna")).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theListsNeverShowAnotherUnitsTasks() throws Exception {
        startReview("VP-2023", "barn-unga", "Nämndmål barn");
        startReview("VP-2023", "vuxen", "Nämndmål vuxen");

        String bo = page("/uppgifter?vy=grupp", "bo");
        assertThat(bo).contains("Skriv: Nämndmål vuxen").doesNotContain("Nämndmål barn");
        String anna = page("/uppgifter?vy=grupp", "anna");
        assertThat(anna).contains("Skriv: Nämndmål barn").doesNotContain("Nämndmål vuxen");
        // A unit filter for someone else's unit does not widen the list.
        String annaWidening = page("/uppgifter?vy=grupp&enhet=vuxen", "anna");
        assertThat(annaWidening).doesNotContain("Nämndmål vuxen");
        String annaMineWidening = page("/uppgifter?enhet=vuxen", "anna");
        assertThat(annaMineWidening).doesNotContain("Nämndmål vuxen");
    }
}
