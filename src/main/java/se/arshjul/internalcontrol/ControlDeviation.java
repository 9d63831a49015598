package se.arshjul.internalcontrol;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An avvikelse found in a control run and its corrective åtgärd. Only the Avvikelse process moves
 * the status, and it reaches CLOSED only after a manager other than the doer has verified.
 */
@Table
public record ControlDeviation(@Id Long id, Long runId, String description, Severity severity, Status status,
                               String action, String actionOwner, LocalDate actionDeadline, String doneBy,
                               String doneComment, String verifiedBy, LocalDateTime verifiedAt, LocalDateTime createdAt,
                               @Version Long version) {

    public enum Severity {
        LAG("Låg"), MEDEL("Medel"), HOG("Hög");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        OPEN("Öppen"), ACTION_PLANNED("Åtgärd planerad"), ACTION_DONE("Åtgärd genomförd, väntar på verifiering"), CLOSED("Stängd");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean open() {
        return status != Status.CLOSED;
    }

    ControlDeviation planned(String action, String owner, LocalDate deadline) {
        return new ControlDeviation(id, runId, description, severity, Status.ACTION_PLANNED, action, owner, deadline, null,
                null, null, null, createdAt, version);
    }

    ControlDeviation done(String by, String comment) {
        return new ControlDeviation(id, runId, description, severity, Status.ACTION_DONE, action, actionOwner, actionDeadline,
                by, comment, null, null, createdAt, version);
    }

    ControlDeviation sentBack() {
        return new ControlDeviation(id, runId, description, severity, Status.ACTION_PLANNED, action, actionOwner, actionDeadline,
                doneBy, doneComment, null, null, createdAt, version);
    }

    ControlDeviation verified(String by, LocalDateTime at) {
        return new ControlDeviation(id, runId, description, severity, Status.ACTION_DONE, action, actionOwner, actionDeadline,
                doneBy, doneComment, by, at, createdAt, version);
    }

    ControlDeviation closed() {
        return new ControlDeviation(id, runId, description, severity, Status.CLOSED, action, actionOwner, actionDeadline,
                doneBy, doneComment, verifiedBy, verifiedAt, createdAt, version);
    }
}
