package se.arshjul.reports;

/** What a report section follows up. */
public enum SectionKind {
    GOAL("Nämndmål"),
    ECONOMY("Ekonomi"),
    PERSONNEL("Personal"),
    STATUS("Status för aktiviteter och åtgärder");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
