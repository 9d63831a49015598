package se.arshjul.suppliers;

/** Which providers of an agreement a plan item selects. */
public enum PlanScope {
    ALLA("Alla utförare i avtalet"), MED_PLACERINGAR("Utförare med placeringar");

    private final String label;

    PlanScope(String label) { this.label = label; }

    public String label() { return label; }
}
