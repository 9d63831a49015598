package se.arshjul.modeler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.dto.repository.DeploymentWithDefinitionsDto;
import org.camunda.bpm.engine.rest.mapper.MultipartFormData;
import org.camunda.bpm.engine.rest.mapper.MultipartPayloadProvider;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;
import se.arshjul.web.PageMessages;

/**
 * Deployments through the engine REST API (Camunda Modeler's "Deploy") pass the same checks as
 * the admin pages and are written to the same audit log. A JAX-RS filter on
 * {@code POST /deployment/create}: it reads the multipart body with Camunda's own parser,
 * validates the files, refuses with 400 and the Swedish messages, and replays the body to the
 * REST resource otherwise.
 */
@Component
class RestDeploymentGuard implements ContainerRequestFilter, ContainerResponseFilter, ResourceConfigCustomizer {
    private static final String PREVIOUS_VERSIONS = RestDeploymentGuard.class.getName() + ".previous";
    /** The whole request; single files are limited by {@link ModelFile#MAX_BYTES}. */
    static final int MAX_REQUEST_BYTES = 8 * ModelFile.MAX_BYTES;

    private final ModelValidator validator;
    private final ModelAuditLog audit;
    private final RepositoryService repositoryService;

    private final PageMessages messages;

    RestDeploymentGuard(ModelValidator validator, ModelAuditLog audit, RepositoryService repositoryService, PageMessages messages) {
        this.messages = messages;
        this.validator = validator;
        this.audit = audit;
        this.repositoryService = repositoryService;
    }

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(this);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!isDeploymentCreate(request)) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(MAX_REQUEST_BYTES + 1);
        if (body.length > MAX_REQUEST_BYTES) {
            request.abortWith(refusal(List.of(messages.message("modeler.rest.tooLarge", MAX_REQUEST_BYTES / (1024 * 1024)))));
            return;
        }
        List<ModelFile> files = new ArrayList<>();
        MultipartFormData form = new MultipartPayloadProvider().readFrom(MultipartFormData.class, null, null,
                request.getMediaType(), request.getHeaders(), new ByteArrayInputStream(body));
        for (String name : form.getPartNames()) {
            MultipartFormData.FormPart part = form.getNamedPart(name);
            if (part.getFileName() != null) {
                files.add(new ModelFile(part.getFileName(), part.getBinaryContent()));
            }
        }
        List<String> errors = validator.validate(files);
        if (!errors.isEmpty()) {
            request.abortWith(refusal(errors));
            return;
        }
        Map<String, Integer> previous = new HashMap<>();
        for (ModelFile file : files) {
            if (file.isBpmn()) {
                Bpmn.readModelFromStream(new ByteArrayInputStream(file.content())).getModelElementsByType(Process.class)
                        .forEach(p -> previous.put(p.getId(), latestVersion(p.getId())));
            }
        }
        request.setProperty(PREVIOUS_VERSIONS, previous);
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PREVIOUS_VERSIONS) instanceof Map<?, ?> previous)
                || !(response.getEntity() instanceof DeploymentWithDefinitionsDto deployment)) {
            return;
        }
        String actor = request.getSecurityContext().getUserPrincipal() == null ? "?"
                : request.getSecurityContext().getUserPrincipal().getName();
        var definitions = deployment.getDeployedProcessDefinitions();
        if (definitions != null) {
            definitions.values().forEach(d -> audit.record(actor, ModelAuditEntry.DEPLOY, d.getResource(), d.getKey(),
                    (Integer) previous.get(d.getKey()), d.getVersion(), deployment.getId(), messages.message("modeler.audit.restVersion", deployment.getSource())));
        }
        // With deploy-changed-only, unchanged forms are not in the deployment and are not logged.
        for (String resource : repositoryService.getDeploymentResourceNames(deployment.getId())) {
            if (resource.endsWith(".form")) {
                audit.record(actor, ModelAuditEntry.DEPLOY, resource, null, null, null, deployment.getId(),
                        messages.message("modeler.audit.restForm", deployment.getSource()));
            }
        }
    }

    private static boolean isDeploymentCreate(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && request.getUriInfo().getPath().endsWith("deployment/create");
    }

    /** Camunda REST's own error shape, so Camunda Modeler shows the message. */
    private static Response refusal(List<String> errors) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidRequestException", "message", String.join(" ", errors))).build();
    }

    private Integer latestVersion(String key) {
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        return latest == null ? null : latest.getVersion();
    }
}
