package se.arshjul.planning;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An utvecklingsåtagande or activity of a nämndmål, followed up in the reports with a status and a kommentar.
 * {@code unitGroup} is the unit that reports on it; null means the nämndmål's unit.
 */
@Table
public record Aktivitet(Kind kind, String title, String unitGroup) {

    public enum Kind {
        UTVECKLINGSATAGANDE("Utvecklingsåtagande"), AKTIVITET("Aktivitet");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
