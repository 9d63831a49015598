package se.arshjul.internalcontrol;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PlanRepository extends ListCrudRepository<InternalControlPlan, Long> {
    Optional<InternalControlPlan> findByPlanYear(int planYear);
}
