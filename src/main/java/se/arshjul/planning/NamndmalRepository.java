package se.arshjul.planning;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface NamndmalRepository extends ListCrudRepository<Namndmal, Long> {
    List<Namndmal> findByPlanIdOrderBySortOrder(Long planId);
}
