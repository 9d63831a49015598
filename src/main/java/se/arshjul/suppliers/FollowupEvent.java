package se.arshjul.suppliers;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A step in a follow-up's history: documentation, review findings, action plan, warning, sanction, termination. */
@Table
public record FollowupEvent(@Id Long id, Long followupId, String kind, LocalDateTime occurredAt, String actor,
                            String details, LocalDate dueDate) {

    public String kindLabel() {
        SupplierEnums.EventKind k = SupplierEnums.parse(SupplierEnums.EventKind.class, kind);
        return k == null ? kind : k.label();
    }
}
