package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AuditActionRepository extends ListCrudRepository<AuditAction, Long> {
    List<AuditAction> findByPlanYearOrderById(int planYear);
}
