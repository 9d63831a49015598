package se.arshjul.suppliers;

/** How a provider is followed up: the kinds of the plan för uppföljning och insyn. Enkät: a survey to the providers (seed 002). */
public enum FollowupKind {
    AVTALSUPPFOLJNING("Avtalsuppföljning"), KVALITETSUPPFOLJNING("Kvalitetsuppföljning"), ENKAT("Enkät"), DIALOG("Dialog");

    private final String label;

    FollowupKind(String label) { this.label = label; }

    public String label() { return label; }
}
