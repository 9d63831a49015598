package se.arshjul.reports;

/** What a report section follows up. */
public enum ReportSectionKind {
    GOAL, ECONOMY, PERSONNEL, STATUS
}
