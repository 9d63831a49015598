package se.arshjul.planning;

/** Life cycle of a plan document; a decided plan is locked. Shown with the bundle's {@code plan.status.*} texts. */
public enum PlanStatus {
    UTKAST, UNDER_GRANSKNING, GODKAND_FL, BESLUTAD;

    public boolean isEditable() {
        return this == UTKAST || this == UNDER_GRANSKNING;
    }
}
