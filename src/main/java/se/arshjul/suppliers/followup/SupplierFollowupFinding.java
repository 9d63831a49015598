package se.arshjul.suppliers.followup;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The {@link Assessment} of one {@link ChecklistArea} in a supplier follow-up. */
@Table
public record SupplierFollowupFinding(@Id Long id, Long followupId, String area, String assessment) {

    public boolean deficient() {
        return Assessment.BRIST.name().equals(assessment);
    }
}
