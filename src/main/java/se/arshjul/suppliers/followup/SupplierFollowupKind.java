package se.arshjul.suppliers.followup;

/** How a provider is followed up: the kinds of the plan för uppföljning och insyn. Enkät: a survey to the providers (seed 002). */
public enum SupplierFollowupKind {
    AVTALSUPPFOLJNING("Avtalsuppföljning"), KVALITETSUPPFOLJNING("Kvalitetsuppföljning"), ENKAT("Enkät"), DIALOG("Dialog");

    private final String label;

    SupplierFollowupKind(String label) { this.label = label; }

    public String label() { return label; }
}
