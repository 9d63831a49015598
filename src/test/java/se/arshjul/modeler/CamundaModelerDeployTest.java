package se.arshjul.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.AppTestBase;

/**
 * The exact request Camunda Modeler sends when it deploys to
 * {@code http://localhost:8080/engine-rest} with HTTP Basic: multipart with deployment-name,
 * deploy-changed-only, deployment-source and the files named by their file names. Needs a real
 * server (the REST API is a Jersey servlet outside Spring MVC).
 */
class CamundaModelerDeployTest extends AppTestBase {

    @Autowired RepositoryService repositoryService;
    @Autowired ModelAuditLog audit;
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> deployLikeCamundaModeler(String user, String password, Map<String, String> files) throws Exception {
        String boundary = "----CamundaModelerBoundary" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", "granskning-diagram");
        fields.put("deploy-changed-only", "true");
        fields.put("deployment-source", "Camunda Modeler");
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (var file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue().getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void camundaModelerDeployRequestWorksForAdminAndIsRefusedForOthers() throws Exception {
        String key = "ModelerRest_" + UUID.randomUUID().toString().substring(0, 8);
        String formId = "modeler-rest-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(key + ".bpmn", TestModels.valid(key, "Från Camunda Modeler"));
        files.put(formId + ".form", "{\"id\":\"" + formId + "\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[]}");

        for (String user : new String[] {"anna", "cecilia"}) {
            assertThat(deployLikeCamundaModeler(user, "demo1234", files).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(deployLikeCamundaModeler("okand", "fel-lösenord", files).statusCode()).isEqualTo(401);
        assertThat(deployLikeCamundaModeler(null, null, files).statusCode()).isEqualTo(401);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();

        HttpResponse<String> response = deployLikeCamundaModeler("admin", "demo1234", files);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"deployedProcessDefinitions\"").contains(key);
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).singleResult();
        var deployment = repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
        assertThat(deployment.getName()).isEqualTo("granskning-diagram");
        assertThat(deployment.getSource()).isEqualTo("Camunda Modeler");
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId())).contains(key + ".bpmn", formId + ".form");

        // deploy-changed-only: the same files again make no new version
        assertThat(deployLikeCamundaModeler("admin", "demo1234", files).statusCode()).isEqualTo(200);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
    }

    /** Issue 14, point 2: the probe's models that ran code are refused on the REST path with the element named. */
    @Test
    void modelsThatWouldRunCodeAreRefusedOverRestNamingTheElement() throws Exception {
        for (String attack : new String[] {"camunda:assignee=\"${identityService.createUserQuery().count()}\"",
                "camunda:assignee=\"${''.getClass().forName('java.lang.System').getProperty('user.name')}\""}) {
            String key = "ModelerRestCode_" + UUID.randomUUID().toString().substring(0, 8);
            String model = TestModels.process(key, "Kod", TestModels.GOOD_TASK + " " + attack, false);
            HttpResponse<String> response = deployLikeCamundaModeler("admin", "demo1234", Map.of(key + ".bpmn", model));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("Task_First").contains("inte är tillåtet");
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        }
    }

    @Test
    void aModelBreakingTheProjectRulesIsRefusedOverRestWithTheSwedishMessage() throws Exception {
        String key = "ModelerRestBad_" + UUID.randomUUID().toString().substring(0, 8);
        String noGroup = TestModels.process(key, "Utan grupp",
                "camunda:dueDate=\"${dueDate}\" camunda:formRef=\"granskning-skriv\" camunda:formRefBinding=\"latest\"", false);

        HttpResponse<String> response = deployLikeCamundaModeler("admin", "demo1234", Map.of(key + ".bpmn", noGroup));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("InvalidRequestException").contains("saknar kandidatgrupp");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        assertThat(audit.forProcess(key)).isEmpty();
    }

    @Test
    void aRestDeploymentIsWrittenToTheAuditLogWithItsUserAndVersions() throws Exception {
        String key = "ModelerRestAudit_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(deployLikeCamundaModeler("admin", "demo1234", Map.of(key + ".bpmn", TestModels.valid(key, "Version 1"))).statusCode())
                .isEqualTo(200);
        assertThat(deployLikeCamundaModeler("admin", "demo1234", Map.of(key + ".bpmn", TestModels.valid(key, "Version 2"))).statusCode())
                .isEqualTo(200);

        assertThat(audit.forProcess(key)).extracting(ModelAuditEntry::actor, ModelAuditEntry::fromVersion, ModelAuditEntry::toVersion)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("admin", null, 1), org.assertj.core.groups.Tuple.tuple("admin", 1, 2));
    }
}
