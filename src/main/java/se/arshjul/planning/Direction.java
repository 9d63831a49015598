package se.arshjul.planning;

/** Which way an indicator should move. */
public enum Direction {
    HIGHER("Högre är bättre"), LOWER("Lägre är bättre"), NONE("Ingen riktning");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
