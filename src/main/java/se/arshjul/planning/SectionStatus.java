package se.arshjul.planning;

/** Where a section is in its review. */
public enum SectionStatus {
    EJ_PABORJAD("Ej påbörjad"),
    UNDER_ARBETE("Under arbete"),
    GODKAND("Godkänd");

    private final String label;

    SectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
