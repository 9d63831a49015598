package se.arshjul.planning;

import org.springframework.data.relational.core.mapping.Table;

/** An assignment from the board to the administration, followed up with a status and a comment. */
@Table
public record Uppdrag(String body, Status status, String kommentar) {

    public enum Status {
        KLART("Klart"), EJ_KLART_I_AR("Ej klart i år");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
