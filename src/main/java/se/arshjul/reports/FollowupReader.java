package se.arshjul.reports;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.web.NotFoundException;

/** Reads reports and their sections. */
@Service
@Transactional(readOnly = true)
public class FollowupReader {
    private final FollowupReportRepository reports;
    private final ReportSectionRepository sections;

    FollowupReader(FollowupReportRepository reports, ReportSectionRepository sections) {
        this.reports = reports;
        this.sections = sections;
    }

    public List<FollowupReport> all() {
        return reports.findAllByOrderByReportYearDescDocTypeAsc();
    }

    public FollowupReport report(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("report.notFound"));
    }

    public Optional<FollowupReport> find(DocumentType type, int year) {
        return reports.findByDocTypeAndReportYear(type, year);
    }

    public List<ReportSection> sections(long reportId) {
        return sections.findByReportIdOrderBySortOrder(reportId);
    }

    public ReportSection section(long reportId, String key) {
        return sections.findByReportIdAndSectionKey(reportId, key)
                .orElseThrow(() -> new NotFoundException("report.section.notFound"));
    }
}
