package se.arshjul.planning;

/** Life cycle of a plan document; a decided plan is locked. */
public enum PlanStatus {
    UTKAST("Utkast"),
    UNDER_GRANSKNING("Under granskning"),
    GODKAND_FL("Godkänd av förvaltningsledningen"),
    BESLUTAD("Beslutad");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isEditable() {
        return this == UTKAST || this == UNDER_GRANSKNING;
    }
}
