package se.arshjul.suppliers.plan;

/** Which providers of an agreement a plan item selects; labels in the bundle as {@code supplier.scope.<CONSTANT>}. */
public enum SupplierPlanScope {
    ALLA, MED_PLACERINGAR
}
