package se.arshjul.reports;

import org.springframework.data.relational.core.mapping.Table;

import se.arshjul.status.ActionStatus;

/**
 * One line of a report's status section (seeds 003, 002, 001): an activity or utvecklingsåtagande of a nämndmål,
 * or a riskreducerande åtgärd, with the status at the report's cut-off and the required kommentar.
 * {@code context} is the nämndmål (activities) or the risk (risk actions).
 */
@Table
public record StatusRow(Kind kind, String context, String title, Long riskActionId, ActionStatus status, String kommentar) {

    /** Shown with the keys {@code report.statusRow.<CONSTANT>}. */
    public enum Kind {
        UTVECKLINGSATAGANDE, AKTIVITET, RISKATGARD
    }

    public boolean riskAction() {
        return kind == Kind.RISKATGARD;
    }

    public StatusRow with(ActionStatus newStatus, String newKommentar) {
        return new StatusRow(kind, context, title, riskActionId, newStatus, newKommentar);
    }
}
