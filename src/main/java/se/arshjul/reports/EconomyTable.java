package se.arshjul.reports;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import se.arshjul.reports.EconomyLine.LineKind;
import se.arshjul.reports.EconomyLine.Statement;
import se.arshjul.planning.BudgetFormula;

/**
 * One economy table of a report as shown: input rows as entered and sum rows computed by the plan's
 * formulas (Verksamhetens kostnader, Årets resultat, Summa nettokostnad). Sums are taken over signed
 * amounts (kostnader negative, as the plan stores them); a negative sum is shown as a kostnad.
 */
public record EconomyTable(Statement statement, List<EconomyLine> rows) {

    /** The report's tables in statement order; a statement without rows is left out. */
    static List<EconomyTable> of(List<EconomyLine> lines) {
        List<EconomyLine> shown = shown(lines);
        return Arrays.stream(Statement.values())
                .map(s -> new EconomyTable(s, shown.stream().filter(l -> l.statement() == s).toList()))
                .filter(t -> !t.rows().isEmpty())
                .toList();
    }

    /** The lines in their order with each sum row computed within its own table. */
    static List<EconomyLine> shown(List<EconomyLine> lines) {
        return lines.stream().map(l -> shown(lines.stream().filter(o -> o.statement() == l.statement()).toList(), l)).toList();
    }

    private static EconomyLine shown(List<EconomyLine> rows, EconomyLine line) {
        if (!line.isSum()) return line;
        BigDecimal budget = sum(rows, line, EconomyLine::budget);
        BigDecimal prognos = sum(rows, line, EconomyLine::prognos);
        BigDecimal periodBudget = sum(rows, line, EconomyLine::periodBudget);
        BigDecimal periodOutcome = sum(rows, line, EconomyLine::periodOutcome);
        BigDecimal previous = sum(rows, line, EconomyLine::previousOutcome);
        BigDecimal sign = firstNonNull(budget, periodBudget, prognos, periodOutcome, previous);
        LineKind kind = sign != null && sign.signum() > 0 ? LineKind.INTAKT : LineKind.KOSTNAD;
        return new EconomyLine(line.statement(), line.code(), line.name(), kind, line.formula(),
                abs(budget), abs(prognos), abs(periodBudget), abs(periodOutcome), abs(previous));
    }

    private static BigDecimal sum(List<EconomyLine> rows, EconomyLine line, Function<EconomyLine, BigDecimal> amount) {
        return BudgetFormula.value(rows, line, l -> signed(l, amount.apply(l)));
    }

    private static BigDecimal signed(EconomyLine line, BigDecimal amount) {
        return amount == null || line.kind() == LineKind.INTAKT ? amount : amount.negate();
    }

    private static BigDecimal firstNonNull(BigDecimal... values) {
        for (BigDecimal v : values) if (v != null) return v;
        return null;
    }

    private static BigDecimal abs(BigDecimal value) {
        return value == null ? null : value.abs();
    }
}
