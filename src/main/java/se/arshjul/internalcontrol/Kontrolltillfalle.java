package se.arshjul.internalcontrol;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A kontrolltillfälle: one execution of a kontrollmoment for one period ("Utför kontroll"), created
 * when the period starts.
 */
@Table
public record Kontrolltillfalle(@Id Long id, Long controlId, LocalDate periodStart, LocalDate periodEnd, String periodLabel,
                         LocalDateTime dueAt, String processInstanceId, Status status, String population, String sample,
                         Result result, String performedBy, LocalDateTime performedAt, @Version Long version) {

    public enum Status { PLANNED, DONE }

    public enum Result { OK, AVVIKELSE }

    public boolean overdue(LocalDateTime now) {
        return status == Status.PLANNED && dueAt.isBefore(now);
    }

    Kontrolltillfalle withProcessInstance(String id) {
        return new Kontrolltillfalle(this.id, controlId, periodStart, periodEnd, periodLabel, dueAt, id, status, population, sample,
                result, performedBy, performedAt, version);
    }

    Kontrolltillfalle performed(String population, String sample, Result result, String by, LocalDateTime at) {
        return new Kontrolltillfalle(id, controlId, periodStart, periodEnd, periodLabel, dueAt, processInstanceId, Status.DONE,
                population, sample, result, by, at, version);
    }
}
