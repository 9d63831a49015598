package se.arshjul.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import se.arshjul.web.NotFoundException;

/** Read side of the model pages: process definitions, their versions with runtime counts, diagrams and forms. */
@Service
public class ModelOverviewService {

    public record VersionRow(String definitionId, String key, String name, int version, Date deployedAt,
                             String deploymentId, String deploymentName, String deploymentSource, String deployedBy,
                             long runningInstances, long incidents, String resourceName) {
    }

    public record ProcessSummary(String key, String name, List<VersionRow> versions) {
        public VersionRow latest() {
            return versions.get(0);
        }
    }

    public record DiagramData(String definitionId, String xml, Map<String, Long> openTasks) {
    }

    public record FormInfo(String resourceName, String fileName, String deploymentId, Date deployedAt) {
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final ModelAuditLog audit;

    ModelOverviewService(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
                         HistoryService historyService, ModelAuditLog audit) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.audit = audit;
    }

    /** Every process key with all its versions, newest version first. */
    public List<ProcessSummary> processes() {
        Map<String, Deployment> deployments = new java.util.HashMap<>();
        Map<String, List<VersionRow>> byKey = new TreeMap<>();
        for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery()
                .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc().list()) {
            byKey.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(row(d, deployments));
        }
        return byKey.entrySet().stream()
                .map(e -> new ProcessSummary(e.getKey(), e.getValue().get(0).name(), e.getValue()))
                .toList();
    }

    public ProcessSummary process(String key) {
        return processes().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("modeler.processNotFound"));
    }

    public VersionRow version(String definitionId) {
        return row(definition(definitionId), new java.util.HashMap<>());
    }

    public ProcessDefinition definition(String definitionId) {
        ProcessDefinition d = repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        if (d == null) {
            throw new NotFoundException("modeler.versionNotFound");
        }
        return d;
    }

    public String xml(String definitionId) {
        definition(definitionId);
        try (InputStream in = repositoryService.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version's XML and its open (not completed) tasks per activity id. */
    public DiagramData diagram(String definitionId) {
        String xml = xml(definitionId);
        Map<String, Long> counts = taskService.createTaskQuery().processDefinitionId(definitionId).list().stream()
                .collect(Collectors.groupingBy(Task::getTaskDefinitionKey, TreeMap::new, Collectors.counting()));
        return new DiagramData(definitionId, xml, counts);
    }

    /** The newest deployed copy of every form resource, by resource name. */
    public List<FormInfo> forms() {
        Map<String, FormInfo> latest = new LinkedHashMap<>();
        for (Deployment d : repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
            for (String resource : repositoryService.getDeploymentResourceNames(d.getId())) {
                if (resource.endsWith(".form") && !latest.containsKey(resource)) {
                    latest.put(resource, new FormInfo(resource, ModelFile.baseName(resource), d.getId(), d.getDeploymentTime()));
                }
            }
        }
        return latest.values().stream().sorted(Comparator.comparing(FormInfo::fileName)).toList();
    }

    public Optional<FormInfo> form(String fileName) {
        return forms().stream().filter(f -> f.fileName().equals(fileName)).findFirst();
    }

    public String formContent(FormInfo form) {
        try (InputStream in = repositoryService.getResourceAsStream(form.deploymentId(), form.resourceName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private VersionRow row(ProcessDefinition d, Map<String, Deployment> deployments) {
        Deployment deployment = deployments.computeIfAbsent(d.getDeploymentId(),
                id -> repositoryService.createDeploymentQuery().deploymentId(id).singleResult());
        long running = runtimeService.createProcessInstanceQuery().processDefinitionId(d.getId()).count();
        long incidents = runtimeService.createIncidentQuery().processDefinitionId(d.getId()).count();
        return new VersionRow(d.getId(), d.getKey(), d.getName() != null ? d.getName() : d.getKey(), d.getVersion(),
                deployment != null ? deployment.getDeploymentTime() : null, d.getDeploymentId(),
                deployment != null ? deployment.getName() : null, deployment != null ? deployment.getSource() : null,
                deployedBy(d.getDeploymentId(), deployment), running, incidents, d.getResourceName());
    }

    private String deployedBy(String deploymentId, Deployment deployment) {
        var entries = audit.forDeployment(deploymentId);
        if (!entries.isEmpty()) {
            return entries.get(0).actor();
        }
        UserOperationLogEntry op = historyService.createUserOperationLogQuery().deploymentId(deploymentId)
                .entityType(org.camunda.bpm.engine.EntityTypes.DEPLOYMENT).list().stream()
                .filter(e -> e.getUserId() != null).findFirst().orElse(null);
        if (op != null) {
            return op.getUserId();
        }
        return deployment != null && "start".equals(deployment.getSource()) ? "start" : "?";
    }
}
