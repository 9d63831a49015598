package se.arshjul.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.support.IntegrationTest;

/** The admin model pages over HTTP (MockMvc with the real security filter chain). */
@IntegrationTest
class ModelAdminWebTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("admin");
    static final RequestPostProcessor STAFF = user("anna").roles("handlaggare", "barn-unga");
    static final RequestPostProcessor MANAGER = user("cecilia").roles("chefer", "barn-unga-chefer");

    @Autowired WebApplicationContext context;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired ModelDeploymentService deployments;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    ProcessDefinition deployOwn(String key, String xml) {
        DeployResult result = deployments.deploy(List.of(TestModels.file(key + ".bpmn", xml)), ModelDeploymentServiceTest.ADMIN);
        assertThat(result.ok()).as(result.errors().toString()).isTrue();
        return latest(key);
    }

    ProcessDefinition latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    static String key(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    List<MockHttpServletRequestBuilder> everyAdminRequest(String definitionId) {
        String id = definitionId;
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
        requests.add(get("/admin/modeller"));
        requests.add(get("/admin/modeller/version/{id}", id));
        requests.add(get("/admin/modeller/version/{id}/diagram", id));
        requests.add(get("/admin/modeller/version/{id}/xml", id));
        requests.add(get("/admin/modeller/version/{id}/redigera", id));
        requests.add(post("/admin/modeller/version/{id}/driftsatt", id).with(csrf()).contentType(MediaType.APPLICATION_XML).content("<x/>"));
        requests.add(multipart("/admin/modeller/ladda-upp").file(new MockMultipartFile("filer", "a.bpmn", "application/xml", "<x/>".getBytes())).with(csrf()));
        requests.add(get("/admin/modeller/formular/{f}/redigera", "granskning-skriv.form"));
        requests.add(get("/admin/modeller/formular/{f}/schema", "granskning-skriv.form"));
        requests.add(get("/admin/modeller/formular/{f}/fil", "granskning-skriv.form"));
        requests.add(post("/admin/modeller/formular/{f}/driftsatt", "granskning-skriv.form").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"));
        requests.add(get("/admin/modeller/export"));
        requests.add(get("/admin/modeller/installningar"));
        requests.add(post("/admin/modeller/installningar").with(csrf()).param("processKey", "Granskning").param("taskId", "Task_ReviewSection").param("dueDateDuration", "P1D"));
        requests.add(get("/admin/modeller/migrering/{id}", id));
        requests.add(post("/admin/modeller/migrering/{id}", id).with(csrf()));
        return requests;
    }

    @Test
    void staffAndManagersGet403OnEveryAdminEndpoint() throws Exception {
        String id = latest("Granskning").getId();
        for (RequestPostProcessor who : List.of(STAFF, MANAGER)) {
            for (MockHttpServletRequestBuilder request : everyAdminRequest(id)) {
                var result = mvc.perform(request.with(who)).andReturn();
                assertThat(result.getResponse().getStatus())
                        .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void engineRestDeploymentIsForbiddenForStaffAndManagersAndNeedsCredentials() throws Exception {
        for (String user : List.of("anna", "cecilia", "kalle")) {
            mvc.perform(multipart("/engine-rest/deployment/create")
                            .file(new MockMultipartFile("x.bpmn", "x.bpmn", "application/octet-stream", "<x/>".getBytes()))
                            .param("deployment-name", "x")
                            .with(httpBasic(user, "demo1234")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/engine-rest/deployment/create").param("deployment-name", "x"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void modelPageListsVersionsWithRunningInstancesAndTheDiagramCountsOpenTasks() throws Exception {
        String key = key("WebOverview");
        ProcessDefinition v1 = deployOwn(key, TestModels.valid(key, "Översikt"));
        runtimeService.startProcessInstanceByKey(key, Map.of("dueDate", new Date()));
        runtimeService.startProcessInstanceByKey(key, Map.of("dueDate", new Date()));

        mvc.perform(get("/admin/modeller").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(key)))
                .andExpect(content().string(containsString("arshjul-admin (admin)")))
                .andExpect(content().string(containsString("Granskning")));
        mvc.perform(get("/admin/modeller/version/{id}", v1.getId()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-bpmn-viewer")))
                .andExpect(content().string(containsString("/vendor/modeler/viewer.js")));
        mvc.perform(get("/admin/modeller/version/{id}/diagram", v1.getId()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openTasks.Task_First").value(2))
                .andExpect(jsonPath("$.xml").value(containsString("id=\"" + key + "\"")));
        mvc.perform(get("/admin/modeller/version/{id}/xml", v1.getId()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(key + ".bpmn")))
                .andExpect(content().string(containsString("Task_First")));
    }

    @Test
    void uploadDeploysValidFilesAndRefusesInvalidOnesWithTheMessage() throws Exception {
        String key = key("WebUpload");
        mvc.perform(multipart("/admin/modeller/ladda-upp")
                        .file(new MockMultipartFile("filer", key + ".bpmn", "application/xml", TestModels.valid(key, "Uppladdad").getBytes(StandardCharsets.UTF_8)))
                        .with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/modeller"))
                .andExpect(flash().attribute("success", containsString(key + " version 1")));
        assertThat(latest(key).getVersion()).isEqualTo(1);

        mvc.perform(multipart("/admin/modeller/ladda-upp")
                        .file(new MockMultipartFile("filer", "anteckning.txt", "text/plain", "hej".getBytes()))
                        .with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/modeller"))
                .andExpect(flash().attribute("error", containsString("driftsattes inte")))
                .andExpect(flash().attribute("errors", List.of("Filen \"anteckning.txt\" har fel filtyp: bara .bpmn och .form kan driftsättas.")));
    }

    @Test
    void editorPageLoadsTheBundleAndSavingPostsXmlAsANewVersion() throws Exception {
        String key = key("WebEditor");
        ProcessDefinition v1 = deployOwn(key, TestModels.valid(key, "Före"));
        mvc.perform(get("/admin/modeller/version/{id}/redigera", v1.getId()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-bpmn-modeler")))
                .andExpect(content().string(containsString("/vendor/modeler/modeler.js")));
        mvc.perform(get("/vendor/modeler/modeler.js")).andExpect(status().isOk());
        mvc.perform(get("/vendor/modeler/modeler.css")).andExpect(status().isOk());

        mvc.perform(post("/admin/modeller/version/{id}/driftsatt", v1.getId()).with(ADMIN).with(csrf())
                        .contentType(MediaType.APPLICATION_XML)
                        .content(TestModels.process(key, "Efter", "camunda:formRef=\"granskning-skriv\"", false)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0]").value(containsString("Task_First")))
                .andExpect(jsonPath("$.message").value(containsString("driftsattes inte")));
        assertThat(latest(key).getVersion()).isEqualTo(1);

        mvc.perform(post("/admin/modeller/version/{id}/driftsatt", v1.getId()).with(ADMIN).with(csrf())
                        .contentType(MediaType.APPLICATION_XML)
                        .content(TestModels.valid(key, "Efter")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].toVersion").value(2))
                .andExpect(jsonPath("$.redirect").value(containsString("/admin/modeller/version/")));
        ProcessDefinition v2 = latest(key);
        assertThat(v2.getVersion()).isEqualTo(2);
        assertThat(v2.getName()).isEqualTo("Efter");
        assertThat(v2.getResourceName()).isEqualTo(v1.getResourceName());
    }

    @Test
    void formEditorServesTheDeployedFormAndExportContainsCurrentVersions() throws Exception {
        mvc.perform(get("/admin/modeller/formular/{f}/redigera", "granskning-skriv.form").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-form-editor")));
        mvc.perform(get("/admin/modeller/formular/{f}/schema", "granskning-skriv.form").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("granskning-skriv"));
        mvc.perform(get("/admin/modeller/formular/{f}/schema", "finns-inte.form").with(ADMIN))
                .andExpect(status().isNotFound());

        byte[] zip = mvc.perform(get("/admin/modeller/export").with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("bpmn/granskning.bpmn", "forms/granskning-skriv.form", "forms/granskning-granska.form");
    }

    @Test
    void migrationPageShowsThePlanAndTheConfirmedResult() throws Exception {
        String key = key("WebMigration");
        ProcessDefinition v1 = deployOwn(key, TestModels.valid(key, "Ett"));
        runtimeService.startProcessInstanceByKey(key, Map.of("dueDate", new Date()));
        deployOwn(key, TestModels.process(key, "Två", TestModels.GOOD_TASK, true));

        mvc.perform(get("/admin/modeller/migrering/{id}", v1.getId()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Planen är giltig")))
                .andExpect(content().string(containsString("Task_First")));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(v1.getId()).count()).isEqualTo(1);

        mvc.perform(post("/admin/modeller/migrering/{id}", v1.getId()).with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-migration-result")))
                .andExpect(content().string(containsString("1 instanser migrerades, 0 misslyckades.")));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(v1.getId()).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(latest(key).getId()).count()).isEqualTo(1);
    }
}
