package se.arshjul.reports;

import java.math.BigDecimal;

import se.arshjul.planning.Direction;

/**
 * What the assessment of one indicator needs: its direction, the etappmål (a number or a text such
 * as "öka", "minska", "Samma nivå som 2020"), the målvärde (to infer a direction when none is
 * given), this period's utfall, last year's utfall and, for "Samma nivå som YYYY", that year's value.
 */
public record IndicatorFacts(String name, Direction direction, BigDecimal etappmalValue, String etappmalText,
                             BigDecimal malvardeValue, BigDecimal outcome, BigDecimal previous,
                             Integer referenceYear, BigDecimal referenceValue) {

    public static IndicatorFacts numeric(String name, Direction direction, String etappmal, String outcome, String previous) {
        return new IndicatorFacts(name, direction, dec(etappmal), null, null, dec(outcome), dec(previous), null, null);
    }

    public static IndicatorFacts text(String name, Direction direction, String etappmalText, String outcome, String previous) {
        return new IndicatorFacts(name, direction, null, etappmalText, null, dec(outcome), dec(previous), null, null);
    }

    public IndicatorFacts withReference(int year, String value) {
        return new IndicatorFacts(name, direction, etappmalValue, etappmalText, malvardeValue, outcome, previous, year, dec(value));
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
