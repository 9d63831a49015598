package se.arshjul.reports;

/** What a report section follows up; shown with the keys {@code report.sectionKind.<CONSTANT>}. */
public enum ReportSectionKind {
    GOAL, ECONOMY, PERSONNEL, STATUS
}
