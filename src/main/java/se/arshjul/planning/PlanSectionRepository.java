package se.arshjul.planning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PlanSectionRepository extends ListCrudRepository<PlanSection, Long> {
    List<PlanSection> findByPlanIdOrderBySortOrder(Long planId);

    Optional<PlanSection> findByPlanIdAndSectionKey(Long planId, String sectionKey);
}
