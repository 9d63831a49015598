package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ControlRunRepository extends ListCrudRepository<ControlRun, Long> {
    List<ControlRun> findByControlIdOrderByPeriodStart(Long controlId);
}
