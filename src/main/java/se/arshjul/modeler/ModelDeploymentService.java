package se.arshjul.modeler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.arshjul.security.CurrentUser;
import se.arshjul.web.PageMessages;

/**
 * Deploys models from the admin pages: validation first, then one engine deployment
 * (name {@value #DEPLOYMENT_NAME}, source {@value #DEPLOYMENT_SOURCE}) that either succeeds as a
 * whole or creates nothing; every new version is written to the audit log.
 */
@Service
public class ModelDeploymentService {
    public static final String DEPLOYMENT_NAME = "arshjul-admin";
    public static final String DEPLOYMENT_SOURCE = "admin";
    private static final Logger log = LoggerFactory.getLogger(ModelDeploymentService.class);

    private final RepositoryService repositoryService;
    private final ModelValidator validator;
    private final ModelAuditLog audit;

    private final PageMessages messages;

    ModelDeploymentService(RepositoryService repositoryService, ModelValidator validator, ModelAuditLog audit, PageMessages messages) {
        this.messages = messages;
        this.repositoryService = repositoryService;
        this.validator = validator;
        this.audit = audit;
    }

    public DeployResult deploy(List<ModelFile> files, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        List<String> errors = validator.validate(files);
        if (!errors.isEmpty()) {
            return DeployResult.refused(errors);
        }
        Map<String, Integer> previous = new HashMap<>();
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_SOURCE);
        for (ModelFile file : files) {
            builder.addString(file.resourceName(), new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
            if (file.isBpmn()) {
                Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(file.content()))
                        .getModelElementsByType(Process.class)
                        .forEach(p -> previous.put(p.getId(), latestVersion(p.getId())));
            }
        }
        DeploymentWithDefinitions deployment;
        try {
            deployment = builder.deployWithResult();
        } catch (ProcessEngineException e) {
            log.info("Deployment refused by the engine: {}", e.getMessage());
            return DeployResult.refused(List.of(messages.message("modeler.deploy.engineRefused", ModelValidator.rootMessage(e))));
        }
        List<DeployResult.DeployedVersion> versions = record(deployment, previous, files, user);
        log.info("{} deployed {} ({} new process versions)", user.id(), deployment.getId(), versions.size());
        return new DeployResult(List.of(), deployment.getId(), versions);
    }

    /** The new process versions of the deployment, each one and each form written to the audit log. */
    private List<DeployResult.DeployedVersion> record(DeploymentWithDefinitions deployment, Map<String, Integer> previous,
                                                      List<ModelFile> files, CurrentUser user) {
        List<DeployResult.DeployedVersion> versions = new ArrayList<>();
        List<ProcessDefinition> definitions = deployment.getDeployedProcessDefinitions();
        for (ProcessDefinition definition : definitions == null ? List.<ProcessDefinition>of() : definitions) {
            Integer from = previous.get(definition.getKey());
            versions.add(new DeployResult.DeployedVersion(definition.getId(), definition.getKey(), from, definition.getVersion()));
            audit.record(user.id(), ModelAuditEntry.DEPLOY, definition.getResourceName(), definition.getKey(), from,
                    definition.getVersion(), deployment.getId(), messages.message("modeler.audit.adminVersion"));
        }
        for (ModelFile file : files) {
            if (file.isForm()) {
                audit.record(user.id(), ModelAuditEntry.DEPLOY, file.resourceName(), null, null, null, deployment.getId(),
                        messages.message("modeler.audit.adminForm"));
            }
        }
        return versions;
    }

    private Integer latestVersion(String key) {
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        return latest == null ? null : latest.getVersion();
    }
}
