package se.arshjul.suppliers.plan;

import se.arshjul.validation.MaxLength;

/** A line of the plan as submitted; the choices are checked against the plan's years and the agreements. */
public record SupplierPlanItemForm(String agreementId, String itemYear, String kind, String scope, String period,
                                   @MaxLength(1000) String note) {

    public static SupplierPlanItemForm of(SupplierPlanItem i) {
        return new SupplierPlanItemForm(String.valueOf(i.agreementId()), String.valueOf(i.itemYear()), i.kind(), i.scope(), i.period(),
                i.note() == null ? "" : i.note());
    }
}
