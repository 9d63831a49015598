package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface KontrollmomentRepository extends ListCrudRepository<Kontrollmoment, Long> {
    List<Kontrollmoment> findByPlanYearOrderById(int planYear);
}
