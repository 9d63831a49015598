package se.arshjul.planning;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of a budget table. Input rows store amounts; sum rows store only their formula
 * (see {@link BudgetFormula}) and are always computed.
 */
@Table
public record BudgetRow(String code, String name, String formula, String label,
                        BigDecimal amount1, BigDecimal amount2, BigDecimal amount3) implements SummableRow {

    public static BudgetRow input(String code, String name, String label, BigDecimal... amounts) {
        return new BudgetRow(code, name, null, label, at(amounts, 0), at(amounts, 1), at(amounts, 2));
    }

    public static BudgetRow sum(String code, String name, String formula) {
        return new BudgetRow(code, name, formula, null, null, null, null);
    }

    public boolean isSum() {
        return formula != null;
    }

    public BigDecimal stored(int index) {
        return switch (index) {
            case 0 -> amount1;
            case 1 -> amount2;
            case 2 -> amount3;
            default -> throw new IllegalArgumentException("No amount " + index);
        };
    }

    BudgetRow withAmounts(String newLabel, BigDecimal[] amounts) {
        return isSum() ? this : new BudgetRow(code, name, null, newLabel, amounts[0], amounts[1], amounts[2]);
    }

    private static BigDecimal at(BigDecimal[] values, int i) {
        return i < values.length ? values[i] : null;
    }
}
