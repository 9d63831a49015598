package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface KontrolltillfalleRepository extends ListCrudRepository<Kontrolltillfalle, Long> {
    List<Kontrolltillfalle> findByControlIdOrderByPeriodStart(Long controlId);
}
