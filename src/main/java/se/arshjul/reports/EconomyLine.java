package se.arshjul.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.data.relational.core.mapping.Table;

import se.arshjul.planning.SummableRow;

/**
 * A row of the resultaträkning or the driftredovisning per verksamhet (tkr): budget and prognos for the
 * year, budget and utfall for the period, and the period's utfall the year before. In the
 * verksamhetsberättelse the period is the whole year. Amounts are stored without sign; {@link #kind}
 * says whether the row is an intäkt or a kostnad. Avvikelse is positive when favourable, as in the seeds:
 * for an intäkt utfall − budget, for a kostnad budget − utfall. Sum rows (a {@link #formula} over the
 * other rows' codes, copied from the plan) store nothing; {@link EconomyTable} computes them.
 */
@Table
public record EconomyLine(Statement statement, String code, String name, LineKind kind, String formula,
                          BigDecimal budget, BigDecimal prognos, BigDecimal periodBudget, BigDecimal periodOutcome,
                          BigDecimal previousOutcome) implements SummableRow {

    public enum LineKind {
        INTAKT, KOSTNAD
    }

    /** The two economy tables of a report; titles under the keys {@code report.statement.<CONSTANT>}. */
    public enum Statement {
        RESULTATRAKNING, DRIFT
    }

    /** An input row with the plan's budget for the year and nothing entered yet. */
    static EconomyLine input(Statement statement, String code, String name, LineKind kind, BigDecimal budget) {
        return new EconomyLine(statement, code, name, kind, null, budget, null, null, null, null);
    }

    static EconomyLine sum(Statement statement, String code, String name, String formula) {
        return new EconomyLine(statement, code, name, LineKind.KOSTNAD, formula, null, null, null, null, null);
    }

    public boolean isSum() {
        return formula != null;
    }

    public EconomyLine withFigures(BigDecimal newPrognos, BigDecimal newPeriodBudget, BigDecimal newPeriodOutcome, BigDecimal newPreviousOutcome) {
        return new EconomyLine(statement, code, name, kind, formula, budget, newPrognos, newPeriodBudget, newPeriodOutcome, newPreviousOutcome);
    }

    public BigDecimal avvikelse() {
        return deviation(budget, prognos);
    }

    public BigDecimal avvikelsePercent() {
        return percent(avvikelse(), budget);
    }

    public BigDecimal periodAvvikelse() {
        return deviation(periodBudget, periodOutcome);
    }

    public BigDecimal periodAvvikelsePercent() {
        return percent(periodAvvikelse(), periodBudget);
    }

    private BigDecimal deviation(BigDecimal planned, BigDecimal actual) {
        if (planned == null || actual == null) return null;
        return kind == LineKind.INTAKT ? actual.subtract(planned) : planned.subtract(actual);
    }

    /** One decimal, as in the reports; none when the budget is zero. */
    private static BigDecimal percent(BigDecimal deviation, BigDecimal base) {
        if (deviation == null || base == null || base.signum() == 0) return null;
        return deviation.multiply(new BigDecimal("100")).divide(base.abs(), 1, RoundingMode.HALF_UP);
    }
}
