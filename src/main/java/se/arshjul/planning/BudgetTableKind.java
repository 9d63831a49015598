package se.arshjul.planning;

import java.util.List;

/**
 * The plan's four budget tables and their columns. Each row stores at most three amounts; a
 * column either shows one of them or, for extern finansiering, the computed netto. Titles are the
 * bundle's {@code plan.budget.table.*} texts; headers are bundle keys (a year as their argument).
 */
public enum BudgetTableKind {
    RESULTATRAKNING("tkr", null),
    DRIFTBUDGET("tkr", null),
    EXTERN_FINANSIERING("tkr", "plan.budget.label.namndmal"),
    INVESTERINGAR("mnkr", "plan.budget.label.typ");

    /** A displayed column: {@code stored} is the amount index, or {@link #NETTO} for bidrag minus kostnad. */
    public record Column(String header, Integer year, int stored) {
        public boolean editable() {
            return stored != NETTO;
        }
    }

    public static final int NETTO = -1;

    private final String unit;
    private final String labelHeader;

    BudgetTableKind(String unit, String labelHeader) {
        this.unit = unit;
        this.labelHeader = labelHeader;
    }

    public String titleKey() {
        return "plan.budget.table." + name();
    }

    public String unit() {
        return unit;
    }

    /** Bundle key of the text column's header (Nämndmål, Typ), or null when the table has none. */
    public String labelHeader() {
        return labelHeader;
    }

    /** Indexes of the amounts people type; the others are computed or unused. */
    public List<Integer> editableAmounts() {
        return columns(0).stream().filter(Column::editable).map(Column::stored).toList();
    }

    public List<Column> columns(int year) {
        return switch (this) {
            case RESULTATRAKNING, DRIFTBUDGET -> List.of(new Column("plan.budget.column.bokslut", year - 2, 0),
                    new Column("plan.budget.column.budget", year - 1, 1), new Column("plan.budget.column.budget", year, 2));
            case EXTERN_FINANSIERING -> List.of(new Column("plan.budget.column.bidrag", null, 0),
                    new Column("plan.budget.column.kostnad", null, 1), new Column("plan.budget.column.netto", null, NETTO),
                    new Column("plan.budget.column.inraknat", null, 2));
            case INVESTERINGAR -> List.of(new Column("plan.budget.column.investering", null, 0),
                    new Column("plan.budget.column.driftkonsekvens", null, 1));
        };
    }
}
