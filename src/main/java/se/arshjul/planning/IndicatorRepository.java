package se.arshjul.planning;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {
    List<Indicator> findByNamndmalIdOrderBySortOrder(Long namndmalId);
}
