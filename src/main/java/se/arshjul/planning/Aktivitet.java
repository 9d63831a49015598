package se.arshjul.planning;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An utvecklingsåtagande or activity of a nämndmål, followed up in the reports with a status and a kommentar.
 * {@code unitGroup} is the unit that reports on it; null means the nämndmål's unit.
 */
@Table
public record Aktivitet(Kind kind, String title, String unitGroup) {

    /** Shown with the bundle's {@code plan.aktivitet.kind.*} texts. */
    public enum Kind {
        UTVECKLINGSATAGANDE, AKTIVITET
    }
}
