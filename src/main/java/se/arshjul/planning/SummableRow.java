package se.arshjul.planning;

/**
 * A row of a table with input rows and sum rows: budget tables in the plan, economy tables in the
 * follow-up reports. A sum row has a {@link BudgetFormula} over the other rows' codes.
 */
public interface SummableRow {
    String code();

    /** Null for an input row. */
    String formula();
}
