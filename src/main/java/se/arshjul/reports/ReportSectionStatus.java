package se.arshjul.reports;

/**
 * A report section is written and reviewed through Granskning; approved is final until sent back.
 * Shown with the keys {@code report.sectionStatus.<CONSTANT>}.
 */
public enum ReportSectionStatus {
    UNDER_ARBETE, GODKAND
}
