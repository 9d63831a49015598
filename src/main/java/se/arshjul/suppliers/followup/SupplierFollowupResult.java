package se.arshjul.suppliers.followup;

/** The outcome of the checklist review, what the yearly report counts; labels as {@code supplier.result.<CONSTANT>}. */
public enum SupplierFollowupResult {
    GODKAND, EJ_GODKAND
}
