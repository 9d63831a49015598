package se.arshjul.reports;

/** Life cycle of a follow-up report; shown with the keys {@code report.status.<CONSTANT>}. */
public enum ReportStatus {
    UNDER_ARBETE, GODKAND_FL, BESLUTAD
}
