package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AvvikelseRepository extends ListCrudRepository<Avvikelse, Long> {
    List<Avvikelse> findByRunId(Long runId);
}
