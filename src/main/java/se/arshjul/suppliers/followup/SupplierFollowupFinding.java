package se.arshjul.suppliers.followup;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import se.arshjul.suppliers.registry.SupplierEnums;

/** The assessment of one checklist area in a follow-up. */
@Table("followup_finding")
public record SupplierFollowupFinding(@Id Long id, Long followupId, String area, String assessment) {

    public String areaLabel() {
        SupplierEnums.ChecklistArea a = SupplierEnums.parse(SupplierEnums.ChecklistArea.class, area);
        return a == null ? area : a.label();
    }

    public String assessmentLabel() {
        SupplierEnums.Assessment a = SupplierEnums.parse(SupplierEnums.Assessment.class, assessment);
        return a == null ? assessment : a.label();
    }

    public boolean deficient() {
        return SupplierEnums.Assessment.BRIST.name().equals(assessment);
    }
}
