package se.arshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import se.arshjul.support.AppTestBase;

/** Förvaltningsledningen picks the section to send back from a select filled from a process variable (valuesKey). */
class SendBackSelectWebTest extends AppTestBase {

    @Autowired PlanTestData testData;
    @Autowired PlanWorkflow workflow;
    @Autowired PlanReader reader;

    @Test
    void approvalTaskOffersThePlansSectionsAndRefusesOtherValues() throws Exception {
        testData.decidedVp2022();
        PlanDocument plan = workflow.startYear(testData.nextYear());
        String businessKey = PlanWorkflow.businessKey(plan);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PlanWorkflow.PROCESS_KEY).processInstanceBusinessKey(businessKey).singleResult();
        // jump past the section reviews (VerksamhetsplanProcessTest walks through them)
        runtimeService.createProcessInstanceModification(instance.getId())
                .startBeforeActivity("Task_ApprovePlan")
                .cancelAllForActivity("CallActivity_ReviewSections#multiInstanceBody")
                .execute();
        Task approval = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ApprovePlan").singleResult();

        // cancelling the reviews ends them as approved
        assertThat(reader.section(plan.id(), "namndmal-2").status()).isEqualTo(PlanSectionStatus.GODKAND);

        String html = page("/uppgifter/" + approval.getId(), "dan");
        assertThat(html).contains("<select id=\"f-sendBackSection\" name=\"sendBackSection\">");
        for (PlanSection s : reader.sections(plan.id())) {
            assertThat(html).contains("<option value=\"" + s.sectionKey() + "\">" + HtmlUtils.htmlEscape(s.title(), "UTF-8") + "</option>");
        }
        assertThat(html).contains("<option value=\"budget\">Budget</option>", ">Plan för uppföljning och insyn</option>");

        var refused = mvc.perform(post("/uppgifter/" + approval.getId() + "/slutfor").with(csrf()).with(as("dan"))
                        .param("approvalDecision", "atersand").param("sendBackSection", "kapitel-9").param("approvalComment", "Fel siffror."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errors", Map.of("sendBackSection", "Välj ett av alternativen.")))
                .andReturn();
        assertThat(followRedirect(refused, "dan")).contains("Välj ett av alternativen.");
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
        assertThat(reader.section(plan.id(), "namndmal-2").status()).isEqualTo(PlanSectionStatus.GODKAND);

        mvc.perform(post("/uppgifter/" + approval.getId() + "/slutfor").with(csrf()).with(as("dan"))
                        .param("approvalDecision", "atersand").param("sendBackSection", "namndmal-2").param("approvalComment", "Komplettera."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "Uppgiften är slutförd."));
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isZero();
        Task rewrite = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey("Task_WriteSection")
                .processVariableValueEquals("sectionId", "namndmal-2").singleResult();
        assertThat(rewrite).isNotNull();
        assertThat(reader.section(plan.id(), "namndmal-2").status()).isEqualTo(PlanSectionStatus.UNDER_ARBETE);
        assertThat(taskService.getVariable(rewrite.getId(), "reviewComment")).isEqualTo("Komplettera.");
    }
}
