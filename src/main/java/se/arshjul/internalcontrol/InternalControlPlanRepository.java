package se.arshjul.internalcontrol;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface InternalControlPlanRepository extends ListCrudRepository<InternalControlPlan, Long> {
    Optional<InternalControlPlan> findByPlanYear(int planYear);
}
