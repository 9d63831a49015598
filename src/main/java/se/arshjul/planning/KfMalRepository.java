package se.arshjul.planning;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface KfMalRepository extends ListCrudRepository<KfMal, Long> {
    List<KfMal> findByMalomradeIdOrderBySortOrder(Long malomradeId);
}
