package se.arshjul.reports;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface ReportSectionRepository extends ListCrudRepository<ReportSection, Long> {
    List<ReportSection> findByReportIdOrderBySortOrder(Long reportId);

    Optional<ReportSection> findByReportIdAndSectionKey(Long reportId, String sectionKey);
}
