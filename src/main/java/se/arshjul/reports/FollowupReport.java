package se.arshjul.reports;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.arshjul.cycle.CaseKey;
import se.arshjul.cycle.DocumentType;

/** Delårsrapport 1, 2 or the verksamhetsberättelse of a year, created from that year's decided plan. */
@Table
public record FollowupReport(@Id Long id, DocumentType docType, int reportYear, Long planId, String title,
                             ReportStatus status, LocalDate periodEnd, LocalDate decisionDate, String paragraph,
                             @Version Long version) {

    public CaseKey caseKey() {
        return new CaseKey(docType, reportYear);
    }

    FollowupReport withStatus(ReportStatus newStatus) {
        return new FollowupReport(id, docType, reportYear, planId, title, newStatus, periodEnd, decisionDate, paragraph, version);
    }

    FollowupReport decided(LocalDate date, String newParagraph) {
        return new FollowupReport(id, docType, reportYear, planId, title, ReportStatus.BESLUTAD, periodEnd, date, newParagraph, version);
    }
}
