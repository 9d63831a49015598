package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A step in a supplier follow-up's history ({@link SupplierFollowupEventKind}): documentation, review
 * findings, action plan, warning, sanction, termination.
 */
@Table
public record SupplierFollowupEvent(@Id Long id, Long followupId, String kind, LocalDateTime occurredAt, String actor,
                                    String details, LocalDate dueDate) {}
