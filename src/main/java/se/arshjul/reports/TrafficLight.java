package se.arshjul.reports;

/**
 * Bilaga 2 (seed 004): green = the goal is reached / follows the plan; yellow = not yet reached,
 * minor deviation; red = not reached, large deviation.
 */
public enum TrafficLight {
    GRON("Grönt", "Målet bedöms uppnått / målarbetet följer plan"),
    GUL("Gult", "Målet bedöms ännu inte uppnått, mindre avvikelser från plan"),
    ROD("Rött", "Målet bedöms inte uppnått, stora avvikelser från plan");

    private final String label;
    private final String description;

    TrafficLight(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
