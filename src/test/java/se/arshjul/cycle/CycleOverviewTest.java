package se.arshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.reports.FollowupTestData;
import se.arshjul.reports.ReportWorkflow;
import se.arshjul.support.IntegrationTest;

@IntegrationTest
class CycleOverviewTest {
    @Autowired CycleOverview overview;
    @Autowired ReportWorkflow reports;
    @Autowired FollowupTestData testData;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired WebApplicationContext context;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void showsStateProgressAndOverdueTasksByUnit() throws Exception {
        int year = testData.freeYear();
        testData.decidedPlan(year);
        ClockUtil.setCurrentTime(at(LocalDate.of(year, 4, 1)));
        reports.start(year, DocumentType.DELAR1);

        CycleOverview.CycleRow delar1 = overview.year(year).get(0);
        assertThat(delar1.state()).isEqualTo(CycleOverview.State.RUNNING);
        // two nämndmål, the economy and the personnel section (HR)
        assertThat(delar1.tasksTotal()).isEqualTo(4);
        assertThat(delar1.tasksDone()).isZero();
        assertThat(delar1.overdueByUnit()).isEmpty();
        assertThat(overview.year(year).get(1).state()).isEqualTo(CycleOverview.State.UPCOMING);

        // barn-unga submits in time; the others miss the 10 April deadline
        Task write = taskService.createTaskQuery().processInstanceBusinessKey("DELAR1-" + year).taskDefinitionKey("Task_WriteSection")
                .processVariableValueEquals("sectionId", "namndmal-1").singleResult();
        identityService.setAuthentication("anna", List.of("barn-unga"));
        taskService.claim(write.getId(), "anna");
        taskService.complete(write.getId(), Map.of("submissionNote", "Klart."));
        identityService.clearAuthentication();

        ClockUtil.setCurrentTime(at(LocalDate.of(year, 4, 12)));
        delar1 = overview.year(year).get(0);
        assertThat(delar1.tasksDone()).isEqualTo(1);
        assertThat(delar1.tasksTotal()).isEqualTo(5);
        assertThat(delar1.overdueByUnit()).containsOnlyKeys("Vuxen", "Ekonomi", "HR").containsEntry("Vuxen", 1L);
        assertThat(delar1.documentUrl()).isPresent();
        assertThat(overview.year(year).get(1).state()).isEqualTo(CycleOverview.State.UPCOMING);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/arshjul/" + year).with(user("dan").roles("forvaltningsledning")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 av 5")))
                .andExpect(content().string(containsString("Vuxen: 1")))
                .andExpect(content().string(containsString("Startar " + year + "-08-15")))
                .andExpect(content().string(containsString(delar1.documentUrl().get())));
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atTime(9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
    }
}
