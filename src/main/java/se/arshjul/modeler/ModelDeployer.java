package se.arshjul.modeler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models in the top-level {@code bpmn/} and {@code forms/} folders (packed into the jar
 * under the same names) at start-up. Only files that changed since the last start-up deployment
 * become new versions; unchanged files are not redeployed.
 */
@Component
public class ModelDeployer {
    public static final String DEPLOYMENT_NAME = "arshjul-modeller";
    static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:forms/*.form"};
    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;

    public ModelDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void deployOnStart() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : PATTERNS) {
            String folder = pattern.contains("bpmn/") ? "bpmn/" : "forms/";
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    files.put(folder + resource.getFilename(), in.readAllBytes());
                }
            }
        }
        if (files.isEmpty()) {
            log.warn("Inga modeller hittades under bpmn/ eller forms/");
            return;
        }
        List<ProcessDefinition> created = deployChanged(files);
        log.info("Models: {} files read, {} new process versions", files.size(), created.size());
    }

    /** Deploys the files that differ from the last start-up deployment; returns the new process versions. */
    public List<ProcessDefinition> deployChanged(Map<String, byte[]> files) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("start")
                .enableDuplicateFiltering(true);
        files.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        List<ProcessDefinition> definitions = deployment.getDeployedProcessDefinitions();
        return definitions == null ? List.of() : definitions;
    }
}
