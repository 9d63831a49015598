package se.arshjul.planning;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface StatisticsTableRepository extends ListCrudRepository<StatisticsTable, Long> {
    List<StatisticsTable> findByPlanIdOrderBySortOrder(Long planId);
}
