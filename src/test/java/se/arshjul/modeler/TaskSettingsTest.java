package se.arshjul.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.security.CurrentUser;
import se.arshjul.support.IntegrationTest;
import se.arshjul.validation.FieldError;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.ForbiddenException;

/** Deadline/routing settings, applied to every user task of every model (no model names its own key or task ids). */
@IntegrationTest
class TaskSettingsTest {

    static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
    static final CurrentUser ADMIN = ModelDeploymentServiceTest.ADMIN;

    @Autowired TaskSettingsService settings;
    @Autowired ModelDeploymentService deployments;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired WebApplicationContext context;

    @BeforeEach
    void setClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void tearDown() {
        settings.save("Granskning", "Task_ReviewSection", "", "", "", ADMIN); // back to the model's own values
        settings.save("Kontrolltillfalle", "Task_PerformControl", "", "", "", ADMIN);
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    String deployProcessReadingSettings() {
        String key = "SettingsTest_" + UUID.randomUUID().toString().substring(0, 8);
        String attributes = "camunda:candidateGroups=\"admin\" camunda:dueDate=\"${dueDate}\" camunda:formRef=\"granskning-skriv\" camunda:formRefBinding=\"latest\"";
        DeployResult result = deployments.deploy(List.of(TestModels.file(key + ".bpmn", TestModels.process(key, "Inställningar", attributes, false))), ADMIN);
        assertThat(result.ok()).as(result.errors().toString()).isTrue();
        return key;
    }

    Task startTask(String key, Date modelDue) {
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(key, Map.of("dueDate", modelDue));
        return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    @Test
    void aChangedDueDateSettingAppliesToTasksCreatedAfterwardsOnly() {
        String key = deployProcessReadingSettings();
        Date modelDue = Date.from(NOW.plus(30, ChronoUnit.DAYS));
        Task before = startTask(key, modelDue);
        assertThat(before.getDueDate()).isEqualTo(modelDue);
        assertThat(candidateGroups(before)).containsExactly("admin");

        settings.save(key, "Task_First", "p10d", "P2D", "vuxen", ADMIN);
        Task after = startTask(key, modelDue);
        assertThat(after.getDueDate()).isEqualTo(Date.from(NOW.plus(10, ChronoUnit.DAYS)));
        assertThat(candidateGroups(after)).containsExactly("vuxen");

        settings.save(key, "Task_First", "P20D", "", "", ADMIN);
        Task later = startTask(key, modelDue);
        assertThat(later.getDueDate()).isEqualTo(Date.from(NOW.plus(20, ChronoUnit.DAYS)));
        assertThat(candidateGroups(later)).containsExactly("admin");

        // tasks created earlier keep what they got
        assertThat(taskService.createTaskQuery().taskId(before.getId()).singleResult().getDueDate()).isEqualTo(modelDue);
        assertThat(taskService.createTaskQuery().taskId(after.getId()).singleResult().getDueDate()).isEqualTo(Date.from(NOW.plus(10, ChronoUnit.DAYS)));
    }

    @Test
    void invalidSettingsAreRefusedWithMessagesAndOnlyAdminsMaySave() {
        String key = deployProcessReadingSettings();
        assertThatThrownBy(() -> settings.save(key, "Task_First", "tio dagar", "3", "finns-inte", ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().all())
                        .extracting(FieldError::field, FieldError::code, f -> f.args().get(0))
                        .containsExactly(tuple("dueDateDuration", "modeler.setting.duration", "tio dagar"),
                                tuple("reminderOffset", "modeler.setting.reminder", "3"),
                                tuple("candidateGroup", "modeler.setting.group", "finns-inte")));
        assertThatThrownBy(() -> settings.save(key, "Task_Saknas", "P1D", "", "", ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().all())
                        .singleElement().satisfies(f -> assertThat(f.args()).containsExactly("Task_Saknas", key)));
        assertThatThrownBy(() -> settings.save(key, "Task_First", "P1D", "", "", new CurrentUser("cecilia", List.of("chefer"))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(startTask(key, Date.from(NOW.plus(5, ChronoUnit.DAYS))).getDueDate()).isEqualTo(Date.from(NOW.plus(5, ChronoUnit.DAYS)));
    }

    @Test
    void granskningReadsTheSettingsForDueDateReminderAndEscalation() {
        settings.save("Granskning", "Task_ReviewSection", "P7D", "P1D", "", ADMIN);
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("Granskning", "VP-2031", Map.of(
                "title", "Inställningstest",
                "authorGroup", "barn-unga",
                "reviewerGroup", "barn-unga-chefer",
                "escalationGroup", "forvaltningsledning",
                "authorDueDate", Date.from(NOW.plus(10, ChronoUnit.DAYS)),
                "reviewDueDate", Date.from(NOW.plus(15, ChronoUnit.DAYS))));
        Task write = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(write.getDueDate()).isEqualTo(Date.from(NOW.plus(10, ChronoUnit.DAYS))); // no setting: the model's value
        identityService.setAuthentication("anna", List.of("handlaggare", "barn-unga"));
        taskService.claim(write.getId(), "anna");
        taskService.complete(write.getId(), Map.of("readyForReview", true));
        identityService.clearAuthentication();

        Task review = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewSection").singleResult();
        assertThat(review.getDueDate()).isEqualTo(Date.from(NOW.plus(7, ChronoUnit.DAYS)));
        assertThat(candidateGroups(review)).containsExactly("barn-unga-chefer");
        List<Date> timers = managementService.createJobQuery().processInstanceId(pi.getId()).timers().list().stream()
                .map(Job::getDuedate).sorted().toList();
        assertThat(timers).containsExactly(Date.from(NOW.plus(6, ChronoUnit.DAYS)), Date.from(NOW.plus(7, ChronoUnit.DAYS)));
    }

    @Test
    void controlRunsAndSupplierFollowUpsReadTheSettingsToo() {
        assertThat(settings.rows(ADMIN)).filteredOn(r -> r.processKey().equals("Kontrolltillfalle") || r.processKey().equals("Leverantorsuppfoljning"))
                .hasSize(8);
        settings.save("Kontrolltillfalle", "Task_PerformControl", "", "P1D", "vuxen-chefer", ADMIN);
        Date periodEnd = Date.from(NOW.plus(30, ChronoUnit.DAYS));
        java.util.Map<String, Object> variables = new java.util.HashMap<>(Map.of("runId", -1L, "controlId", -1L, "year", 2031,
                "title", "Inställningstest", "ansvarigGroup", "vuxen", "escalationGroup", "vuxen-chefer", "managerGroup", "vuxen-chefer",
                "dueDate", periodEnd, "contextUrl", "/internkontroll"));
        variables.put("ansvarigUser", null);
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("Kontrolltillfalle", "IK-2031", variables);
        try {
            Task perform = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
            assertThat(perform.getDueDate()).as("no due setting: the period's end").isEqualTo(periodEnd);
            assertThat(candidateGroups(perform)).containsExactly("vuxen-chefer");
            List<Date> timers = managementService.createJobQuery().processInstanceId(pi.getId()).timers().list().stream()
                    .map(Job::getDuedate).sorted().toList();
            assertThat(timers).as("reminder one day before, escalation at the end").containsExactly(Date.from(NOW.plus(29, ChronoUnit.DAYS)), periodEnd);
        } finally {
            runtimeService.deleteProcessInstance(pi.getId(), "test");
        }
    }

    @Test
    void settingsPageListsUserTasksAndSavesForAdmins() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/admin/modeller/installningar").with(ModelAdminWebTest.ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Task_ReviewSection")))
                .andExpect(content().string(containsString("Task_WriteSection")));
        mvc.perform(post("/admin/modeller/installningar").with(ModelAdminWebTest.ADMIN).with(csrf())
                        .param("processKey", "Granskning").param("taskId", "Task_ReviewSection").param("dueDateDuration", "P9D"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("Task_ReviewSection")));
        assertThat(settings.rows(ADMIN)).filteredOn(r -> r.taskId().equals("Task_ReviewSection"))
                .singleElement().satisfies(r -> {
                    assertThat(r.setting().dueDateDuration()).isEqualTo("P9D");
                });
    }
}
