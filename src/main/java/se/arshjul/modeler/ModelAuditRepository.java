package se.arshjul.modeler;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ModelAuditRepository extends ListCrudRepository<ModelAuditEntry, Long> {

    List<ModelAuditEntry> findTop100ByOrderByHappenedAtDescIdDesc();

    List<ModelAuditEntry> findByDeploymentId(String deploymentId);

    List<ModelAuditEntry> findByProcessKeyOrderByIdDesc(String processKey);
}
