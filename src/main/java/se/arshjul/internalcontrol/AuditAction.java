package se.arshjul.internalcontrol;

import se.arshjul.status.ActionStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An åtgärd from revision or extern granskning (e.g. a KPMG review with its diarienummer). */
@Table
public record AuditAction(@Id Long id, int planYear, String granskning, String diarienummer, String bakgrund,
                          String atgard, ActionStatus status, @Version Long version) {
}
