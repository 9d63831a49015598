package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RiskActionRepository extends ListCrudRepository<RiskAction, Long> {
    List<RiskAction> findByRiskIdOrderById(Long riskId);
}
