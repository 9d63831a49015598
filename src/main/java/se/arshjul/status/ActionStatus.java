package se.arshjul.status;

/** Status of a riskåtgärd or revisionsåtgärd as reported in delår and verksamhetsberättelse. */
public enum ActionStatus {
    KLART("Klart"), BLIR_KLART_I_AR("Blir klart i år"), TROLIGEN_KLART_I_AR("Troligen klart i år"), EJ_KLART_I_AR("Ej klart i år");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static String labelOf(ActionStatus status) {
        return status == null ? "Ej bedömd" : status.label;
    }
}
