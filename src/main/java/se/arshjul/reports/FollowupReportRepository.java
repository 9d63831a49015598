package se.arshjul.reports;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import se.arshjul.cycle.DocumentType;

interface FollowupReportRepository extends ListCrudRepository<FollowupReport, Long> {
    Optional<FollowupReport> findByDocTypeAndReportYear(DocumentType docType, int reportYear);

    List<FollowupReport> findAllByOrderByReportYearDescDocTypeAsc();
}
