package se.arshjul.suppliers.followup;

/** Where a supplier follow-up is now; labels in the bundle as {@code supplier.status.<CONSTANT>}. */
public enum SupplierFollowupStatus {
    DOKUMENTATION_BEGARD, GRANSKNING, GODKAND, ATGARDSPLAN, ATERKONTROLL, ATGARDAD, VARNING, SANKTION, UPPSAGD;

    public boolean closed() {
        return this == GODKAND || this == ATGARDAD || this == SANKTION || this == UPPSAGD;
    }
}
