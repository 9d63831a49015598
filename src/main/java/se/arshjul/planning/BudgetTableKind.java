package se.arshjul.planning;

import java.util.List;

/**
 * The plan's four budget tables and their columns. Each row stores at most three amounts; a
 * column either shows one of them or, for extern finansiering, the computed netto.
 */
public enum BudgetTableKind {
    RESULTATRAKNING("Resultaträkning", "tkr", null),
    DRIFTBUDGET("Driftbudget per verksamhet", "tkr", null),
    EXTERN_FINANSIERING("Extern finansiering", "tkr", "Nämndmål"),
    INVESTERINGAR("Investeringar", "mnkr", "Typ");

    /** A displayed column: {@code stored} is the amount index, or {@link #NETTO} for bidrag minus kostnad. */
    public record Column(String header, int stored) {
        public boolean editable() {
            return stored != NETTO;
        }
    }

    public static final int NETTO = -1;

    private final String title;
    private final String unit;
    private final String labelHeader;

    BudgetTableKind(String title, String unit, String labelHeader) {
        this.title = title;
        this.unit = unit;
        this.labelHeader = labelHeader;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    /** Header of the text column (Nämndmål, Typ), or null when the table has none. */
    public String labelHeader() {
        return labelHeader;
    }

    /** Indexes of the amounts people type; the others are computed or unused. */
    public List<Integer> editableAmounts() {
        return columns(0).stream().filter(Column::editable).map(Column::stored).toList();
    }

    public List<Column> columns(int year) {
        return switch (this) {
            case RESULTATRAKNING, DRIFTBUDGET -> List.of(new Column("Bokslut " + (year - 2), 0),
                    new Column("Budget " + (year - 1), 1), new Column("Budget " + year, 2));
            case EXTERN_FINANSIERING -> List.of(new Column("Bidrag", 0), new Column("Kostnad", 1),
                    new Column("Netto", NETTO), new Column("Inräknat i budget", 2));
            case INVESTERINGAR -> List.of(new Column("Investering", 0), new Column("Driftkonsekvens", 1));
        };
    }
}
