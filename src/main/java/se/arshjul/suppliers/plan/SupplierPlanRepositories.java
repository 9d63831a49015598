package se.arshjul.suppliers.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SupplierPlanRepository extends ListCrudRepository<SupplierPlan, Long> {
    Optional<SupplierPlan> findByPlanYear(int planYear);
}

interface SupplierPlanItemRepository extends ListCrudRepository<SupplierPlanItem, Long> {
    List<SupplierPlanItem> findByPlanId(Long planId);
}
