package se.arshjul.planning;

/** What a section of the plan holds, and so which editor it opens in. */
public enum PlanSectionKind {
    NAMNDMAL, BUDGET, INTERNKONTROLL, UPPFOLJNING
}
