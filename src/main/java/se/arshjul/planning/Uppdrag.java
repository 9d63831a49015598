package se.arshjul.planning;

import org.springframework.data.relational.core.mapping.Table;

/** An assignment from the board to the administration, followed up with a status and a comment. */
@Table
public record Uppdrag(String body, Status status, String kommentar) {

    /** Shown with the bundle's {@code plan.uppdrag.status.*} texts. */
    public enum Status {
        KLART, EJ_KLART_I_AR
    }
}
