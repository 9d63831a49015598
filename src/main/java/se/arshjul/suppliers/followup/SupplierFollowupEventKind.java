package se.arshjul.suppliers.followup;

/** A step in a supplier follow-up's history; labels in the bundle as {@code supplier.event.<CONSTANT>}. */
public enum SupplierFollowupEventKind {
    DOKUMENTATION_BEGARD, DOKUMENTATION_INKOMMEN, GRANSKAD, ATGARDSPLAN, ATERKONTROLL, VARNING, SANKTION, UPPSAGNING
}
