package se.arshjul.reports;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

public interface ImprovementAreasRepository extends CrudRepository<ImprovementAreas, Long> {
    Optional<ImprovementAreas> findByReportId(long reportId);
}
