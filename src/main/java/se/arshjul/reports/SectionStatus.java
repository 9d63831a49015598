package se.arshjul.reports;

/** A report section is written and reviewed through Granskning; approved is final until sent back. */
public enum SectionStatus {
    UNDER_ARBETE("Under arbete"),
    GODKAND("Godkänt");

    private final String label;

    SectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
