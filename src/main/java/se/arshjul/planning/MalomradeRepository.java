package se.arshjul.planning;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MalomradeRepository extends ListCrudRepository<Malomrade, Long> {
    List<Malomrade> findByPlanIdOrderBySortOrder(Long planId);
}
