package se.arshjul.status;

/**
 * How far a commitment has come this year, as delår and verksamhetsberättelse report it: a riskåtgärd or
 * revisionsåtgärd of internal control, and the board's uppdrag and activities in the reports. Shown as
 * {@code status.<CONSTANT>} from the bundle ({@code status.none} when not yet assessed).
 */
public enum ActionStatus {
    KLART, BLIR_KLART_I_AR, TROLIGEN_KLART_I_AR, EJ_KLART_I_AR;

    public String key() {
        return "status." + name();
    }

    public static String keyOf(ActionStatus status) {
        return status == null ? "status.none" : status.key();
    }
}
