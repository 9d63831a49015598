package se.arshjul.reports;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

import se.arshjul.planning.Direction;

/** An indicator copied from the plan into a goal section; the author enters the period's utfall. */
@Table
public record ReportIndicator(String name, String unit, Direction direction, BigDecimal etappmalValue, String etappmalText,
                              BigDecimal malvardeValue, BigDecimal previousValue, Integer referenceYear,
                              BigDecimal referenceValue, BigDecimal outcome) {

    public IndicatorFacts facts() {
        return new IndicatorFacts(name, direction, etappmalValue, etappmalText, malvardeValue, outcome, previousValue,
                referenceYear, referenceValue);
    }

    public ReportIndicator withOutcome(BigDecimal newOutcome) {
        return new ReportIndicator(name, unit, direction, etappmalValue, etappmalText, malvardeValue, previousValue,
                referenceYear, referenceValue, newOutcome);
    }
}
