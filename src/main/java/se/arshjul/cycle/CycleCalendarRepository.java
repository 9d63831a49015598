package se.arshjul.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CycleCalendarRepository extends ListCrudRepository<CycleCalendar, Long> {
    List<CycleCalendar> findByCycleYear(int cycleYear);

    Optional<CycleCalendar> findByCycleYearAndDocType(int cycleYear, DocumentType docType);
}
