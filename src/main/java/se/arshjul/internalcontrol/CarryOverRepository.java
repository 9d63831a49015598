package se.arshjul.internalcontrol;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CarryOverRepository extends ListCrudRepository<CarryOver, Long> {
    List<CarryOver> findByFromYear(int fromYear);

    Optional<CarryOver> findBySourceTypeAndSourceId(CarryOver.SourceType sourceType, Long sourceId);
}
