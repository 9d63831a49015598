package se.arshjul.reports;

/** Life cycle of a follow-up report. */
public enum ReportStatus {
    UNDER_ARBETE("Under arbete"),
    GODKAND_FL("Godkänd av förvaltningsledningen"),
    BESLUTAD("Beslutad");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
