package se.arshjul.modeler;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.arshjul.security.CurrentUser;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.web.PageMessages;
import se.arshjul.web.NotFoundException;

/**
 * Moves running instances of one version to the latest version of the same process with the
 * engine's migration API: the plan (equal activities mapped) and its validation report are shown
 * first; executing migrates instance by instance so one failure does not stop the others.
 */
@Service
public class ModelMigrationService {
    private static final Logger log = LoggerFactory.getLogger(ModelMigrationService.class);

    public record Instruction(String sourceActivityId, String targetActivityId) {
    }

    public record PlanView(String key, String sourceId, int sourceVersion, String targetId, int targetVersion,
                           long instances, List<Instruction> instructions, List<String> validationErrors) {
        public boolean valid() {
            return validationErrors.isEmpty();
        }
    }

    public record Failure(String processInstanceId, String businessKey, String reason) {
    }

    public record Result(String key, int sourceVersion, int targetVersion, int migrated, List<Failure> failures) {
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ModelAuditLog audit;
    private final PageMessages messages;

    ModelMigrationService(RepositoryService repositoryService, RuntimeService runtimeService, ModelAuditLog audit,
                          PageMessages messages) {
        this.messages = messages;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    public PlanView plan(String sourceDefinitionId, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        ProcessDefinition source = definition(sourceDefinitionId);
        ProcessDefinition target = latest(source.getKey());
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
        if (source.getId().equals(target.getId())) {
            return new PlanView(source.getKey(), source.getId(), source.getVersion(), target.getId(), target.getVersion(),
                    instances, List.of(), List.of(messages.message("modeler.migration.latest", source.getVersion())));
        }
        List<String> errors = new ArrayList<>();
        MigrationPlan plan = null;
        try {
            plan = build(source, target);
        } catch (MigrationPlanValidationException e) {
            e.getValidationReport().getInstructionReports().forEach(r -> r.getFailures().forEach(f -> errors.add(
                    r.getMigrationInstruction().getSourceActivityId() + " → " + r.getMigrationInstruction().getTargetActivityId() + ": " + f)));
            e.getValidationReport().getVariableReports().forEach((name, r) -> r.getFailures().forEach(f -> errors.add(messages.message("modeler.migration.variable", name, f))));
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (ProcessEngineException e) {
            errors.add(e.getMessage());
        }
        List<Instruction> instructions = plan == null ? List.of() : plan.getInstructions().stream()
                .map(i -> new Instruction(i.getSourceActivityId(), i.getTargetActivityId())).toList();
        return new PlanView(source.getKey(), source.getId(), source.getVersion(), target.getId(), target.getVersion(),
                instances, instructions, errors);
    }

    public Result execute(String sourceDefinitionId, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        ProcessDefinition source = definition(sourceDefinitionId);
        ProcessDefinition target = latest(source.getKey());
        if (source.getId().equals(target.getId())) {
            throw new ActionRefusedException("modeler.migration.latest", source.getVersion());
        }
        MigrationPlan plan = build(source, target);
        int migrated = 0;
        List<Failure> failures = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).list()) {
            try {
                runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute();
                migrated++;
            } catch (MigratingProcessInstanceValidationException e) {
                List<String> reasons = new ArrayList<>(e.getValidationReport().getFailures());
                e.getValidationReport().getActivityInstanceReports().forEach(r -> r.getFailures().forEach(f -> reasons.add(r.getSourceScopeId() + ": " + f)));
                e.getValidationReport().getTransitionInstanceReports().forEach(r -> r.getFailures().forEach(f -> reasons.add(r.getSourceScopeId() + ": " + f)));
                failures.add(new Failure(instance.getId(), instance.getBusinessKey(), reasons.isEmpty() ? e.getMessage() : String.join("; ", reasons)));
            } catch (ProcessEngineException e) {
                failures.add(new Failure(instance.getId(), instance.getBusinessKey(), e.getMessage()));
            }
        }
        String details = "Migrerade " + migrated + ", misslyckade " + failures.size()
                + (failures.isEmpty() ? "" : ": " + String.join(" | ", failures.stream().map(f -> f.processInstanceId() + " " + f.reason()).toList()));
        audit.record(user.id(), ModelAuditEntry.MIGRATE, target.getResourceName(), source.getKey(), source.getVersion(),
                target.getVersion(), target.getDeploymentId(), details);
        log.info("{} migrerade {} v{} → v{}: {}", user.id(), source.getKey(), source.getVersion(), target.getVersion(), details);
        return new Result(source.getKey(), source.getVersion(), target.getVersion(), migrated, failures);
    }

    private MigrationPlan build(ProcessDefinition source, ProcessDefinition target) {
        return runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
    }

    private ProcessDefinition definition(String id) {
        ProcessDefinition d = repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (d == null) {
            throw new NotFoundException("modeler.versionNotFound");
        }
        return d;
    }

    private ProcessDefinition latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }
}
