package se.arshjul.planning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface BudgetTableRepository extends ListCrudRepository<BudgetTable, Long> {
    List<BudgetTable> findByPlanId(Long planId);

    Optional<BudgetTable> findByPlanIdAndKind(Long planId, BudgetTableKind kind);
}
