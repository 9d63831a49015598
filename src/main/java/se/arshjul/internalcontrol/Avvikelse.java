package se.arshjul.internalcontrol;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An avvikelse found in a kontrolltillfälle and its corrective åtgärd. Only the Avvikelse process moves
 * the status, and it reaches CLOSED only after a manager other than the doer has verified.
 */
@Table
public record Avvikelse(@Id Long id, Long runId, String description, Severity severity, Status status,
                               String action, String actionOwner, LocalDate actionDeadline, String doneBy,
                               String doneComment, String verifiedBy, LocalDateTime verifiedAt, LocalDateTime createdAt,
                               @Version Long version) {

    public enum Severity { LAG, MEDEL, HOG }

    /** Labels: {@code ic.avvikelse.status.<CONSTANT>}. */
    public enum Status { OPEN, ACTION_PLANNED, ACTION_DONE, CLOSED }

    public boolean open() {
        return status != Status.CLOSED;
    }

    Avvikelse planned(String action, String owner, LocalDate deadline) {
        return new Avvikelse(id, runId, description, severity, Status.ACTION_PLANNED, action, owner, deadline, null,
                null, null, null, createdAt, version);
    }

    Avvikelse done(String by, String comment) {
        return new Avvikelse(id, runId, description, severity, Status.ACTION_DONE, action, actionOwner, actionDeadline,
                by, comment, null, null, createdAt, version);
    }

    Avvikelse sentBack() {
        return new Avvikelse(id, runId, description, severity, Status.ACTION_PLANNED, action, actionOwner, actionDeadline,
                doneBy, doneComment, null, null, createdAt, version);
    }

    Avvikelse verified(String by, LocalDateTime at) {
        return new Avvikelse(id, runId, description, severity, Status.ACTION_DONE, action, actionOwner, actionDeadline,
                doneBy, doneComment, by, at, createdAt, version);
    }

    Avvikelse closed() {
        return new Avvikelse(id, runId, description, severity, Status.CLOSED, action, actionOwner, actionDeadline,
                doneBy, doneComment, verifiedBy, verifiedAt, createdAt, version);
    }
}
