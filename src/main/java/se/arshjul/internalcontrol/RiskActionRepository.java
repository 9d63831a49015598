package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface RiskActionRepository extends ListCrudRepository<RiskAction, Long> {
    List<RiskAction> findByRiskIdOrderById(Long riskId);
}
