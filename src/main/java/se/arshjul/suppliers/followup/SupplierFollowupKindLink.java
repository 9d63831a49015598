package se.arshjul.suppliers.followup;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The kind of a follow-up and the plan item the engine started it from (null when started by hand). */
@Table
record SupplierFollowupKindLink(@Id Long id, Long followupId, String kind, Long planItemId) {}
