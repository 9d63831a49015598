package se.arshjul.suppliers.followup;

/** The assessment of one checklist area; labels in the bundle as {@code supplier.assessment.<CONSTANT>}. */
public enum Assessment {
    UPPFYLLT, BRIST, EJ_AKTUELLT
}
