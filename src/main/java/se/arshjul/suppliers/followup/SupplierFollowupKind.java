package se.arshjul.suppliers.followup;

/**
 * How a provider is followed up: the kinds of the plan för uppföljning och insyn (enkät: a survey to
 * the providers, seed 002). Labels in the bundle as {@code supplier.kind.<CONSTANT>}.
 */
public enum SupplierFollowupKind {
    AVTALSUPPFOLJNING, KVALITETSUPPFOLJNING, ENKAT, DIALOG
}
