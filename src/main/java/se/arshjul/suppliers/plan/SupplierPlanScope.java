package se.arshjul.suppliers.plan;

/** Which providers of an agreement a plan item selects. */
public enum SupplierPlanScope {
    ALLA("Alla utförare i avtalet"), MED_PLACERINGAR("Utförare med placeringar");

    private final String label;

    SupplierPlanScope(String label) { this.label = label; }

    public String label() { return label; }
}
