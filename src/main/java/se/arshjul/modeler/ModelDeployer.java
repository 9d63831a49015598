package se.arshjul.modeler;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
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
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("start")
                .enableDuplicateFiltering(true);
        var resolver = new PathMatchingResourcePatternResolver();
        int files = 0;
        for (String pattern : PATTERNS) {
            for (Resource resource : resolver.getResources(pattern)) {
                String folder = pattern.contains("bpmn/") ? "bpmn/" : "forms/";
                try (InputStream in = resource.getInputStream()) {
                    builder.addInputStream(folder + resource.getFilename(), new java.io.ByteArrayInputStream(in.readAllBytes()));
                }
                files++;
            }
        }
        if (files == 0) {
            log.warn("Inga modeller hittades under bpmn/ eller forms/");
            return;
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        var definitions = deployment.getDeployedProcessDefinitions();
        log.info("Modeller: {} filer lästa, {} nya processversioner", files, definitions == null ? 0 : definitions.size());
    }
}
