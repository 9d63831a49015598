package se.arshjul.modeler;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.time.SwedishTime;

/** Writes and reads the modeler audit log: who deployed or migrated what, from which version to which. */
@Service
public class ModelAuditLog {

    private final ModelAuditRepository repository;
    private final SwedishTime times;

    ModelAuditLog(ModelAuditRepository repository, SwedishTime times) {
        this.times = times;
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ModelAuditEntry record(String actor, String action, String resourceName, String processKey,
                                  Integer fromVersion, Integer toVersion, String deploymentId, String details) {
        String text = details != null && details.length() > 4000 ? details.substring(0, 3997) + "..." : details;
        return repository.save(new ModelAuditEntry(null, times.now(), actor, action, resourceName, processKey,
                fromVersion, toVersion, deploymentId, text));
    }

    public List<ModelAuditEntry> latest() {
        return repository.findTop100ByOrderByHappenedAtDescIdDesc();
    }

    public List<ModelAuditEntry> forDeployment(String deploymentId) {
        return repository.findByDeploymentId(deploymentId);
    }

    public List<ModelAuditEntry> forProcess(String processKey) {
        return repository.findByProcessKeyOrderByIdDesc(processKey);
    }
}
