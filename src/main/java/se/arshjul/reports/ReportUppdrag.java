package se.arshjul.reports;

import org.springframework.data.relational.core.mapping.Table;

import se.arshjul.status.ActionStatus;

/** One of the board's uppdrag for a nämndmål, copied from the plan; the author gives its status and a kommentar. */
@Table
public record ReportUppdrag(String body, ActionStatus status, String kommentar) {

    static ReportUppdrag fromPlan(String body) {
        return new ReportUppdrag(body, null, null);
    }

    public ReportUppdrag followedUp(ActionStatus newStatus, String newKommentar) {
        return new ReportUppdrag(body, newStatus, newKommentar);
    }
}
