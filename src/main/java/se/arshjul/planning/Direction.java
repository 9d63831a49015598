package se.arshjul.planning;

/** Which way an indicator should move; shown with the bundle's {@code plan.direction.*} texts. */
public enum Direction {
    HIGHER, LOWER, NONE
}
