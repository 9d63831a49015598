package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface RiskRepository extends ListCrudRepository<Risk, Long> {
    List<Risk> findByPlanYearOrderById(int planYear);
}
