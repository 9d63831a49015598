package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ControlDeviationRepository extends ListCrudRepository<ControlDeviation, Long> {
    List<ControlDeviation> findByRunId(Long runId);
}
