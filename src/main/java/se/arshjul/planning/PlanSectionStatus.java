package se.arshjul.planning;

/** Where a section is in its review; shown with the bundle's {@code plan.section.status.*} texts. */
public enum PlanSectionStatus {
    EJ_PABORJAD, UNDER_ARBETE, GODKAND
}
