package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sum row is computed: {@code ALL} (every input row of the table) or row codes joined by
 * {@code +} and {@code -}, e.g. {@code nettokostnad-budget_netto}. Blank terms count as absent;
 * when every term is blank the sum is blank too, as in the printed plans.
 */
public final class BudgetFormula {
    public static final String ALL = "ALL";
    private static final Pattern TERM = Pattern.compile("([+-]?)([a-z0-9_]+)");

    private BudgetFormula() {}

    /** The row codes a formula refers to; none for {@link #ALL}. */
    static Set<String> codes(String formula) {
        Set<String> codes = new HashSet<>();
        if (formula == null || ALL.equals(formula)) return codes;
        Matcher m = TERM.matcher(formula);
        while (m.find()) codes.add(m.group(2));
        return codes;
    }

    /**
     * A row's value in its table: the stored value of an input row, or the sum row's formula over the
     * other rows (sums of sums allowed, cycles refused).
     */
    public static <R extends SummableRow> BigDecimal value(List<R> rows, R row, Function<R, BigDecimal> stored) {
        return value(rows, row, stored, new HashSet<>());
    }

    private static <R extends SummableRow> BigDecimal value(List<R> rows, R row, Function<R, BigDecimal> stored, Set<String> visiting) {
        if (row.formula() == null) return stored.apply(row);
        if (!visiting.add(row.code())) throw new IllegalStateException("The formula of row " + row.code() + " refers to itself");
        if (ALL.equals(row.formula())) {
            String inputs = String.join("+", rows.stream().filter(r -> r.formula() == null).map(SummableRow::code).toList());
            return evaluate(inputs, code -> stored.apply(find(rows, code)));
        }
        return evaluate(row.formula(), code -> value(rows, find(rows, code), stored, new HashSet<>(visiting)));
    }

    private static <R extends SummableRow> R find(List<R> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No row " + code + " in the table"));
    }

    static BigDecimal evaluate(String formula, Function<String, BigDecimal> valueOfCode) {
        BigDecimal total = null;
        Matcher m = TERM.matcher(formula);
        int end = 0;
        while (m.find()) {
            if (m.start() != end) throw new IllegalStateException("Invalid formula: " + formula);
            end = m.end();
            BigDecimal term = valueOfCode.apply(m.group(2));
            if (term != null) {
                BigDecimal signed = "-".equals(m.group(1)) ? term.negate() : term;
                total = total == null ? signed : total.add(signed);
            }
        }
        if (end != formula.length()) throw new IllegalStateException("Invalid formula: " + formula);
        return total;
    }
}
