package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import se.arshjul.suppliers.registry.SupplierEnums;

/** A step in a follow-up's history: documentation, review findings, action plan, warning, sanction, termination. */
@Table("followup_event")
public record SupplierFollowupEvent(@Id Long id, Long followupId, String kind, LocalDateTime occurredAt, String actor,
                            String details, LocalDate dueDate) {

    public String kindLabel() {
        SupplierEnums.EventKind k = SupplierEnums.parse(SupplierEnums.EventKind.class, kind);
        return k == null ? kind : k.label();
    }
}
