package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One budget table of a plan with its explaining text. Sums are computed here, never stored. */
@Table
public record BudgetTable(@Id Long id, Long planId, BudgetTableKind kind, String body, @Version Long version,
                          List<BudgetRow> rows) {

    /** The value shown in a column: stored, summed by formula, or the computed netto. */
    public BigDecimal cell(BudgetRow row, BudgetTableKind.Column column) {
        if (column.stored() == BudgetTableKind.NETTO) {
            BigDecimal bidrag = amount(row, 0);
            BigDecimal kostnad = amount(row, 1);
            return bidrag == null && kostnad == null ? null : zeroIfNull(bidrag).subtract(zeroIfNull(kostnad));
        }
        return amount(row, column.stored());
    }

    public BigDecimal amount(BudgetRow row, int index) {
        return BudgetFormula.value(rows, row, r -> r.stored(index));
    }

    public BudgetRow row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No row " + code + " in " + kind));
    }

    BudgetTable withContent(String newBody, List<BudgetRow> newRows, Long expectedVersion) {
        return new BudgetTable(id, planId, kind, newBody, expectedVersion, newRows);
    }

    BudgetTable copyTo(Long newPlanId, List<BudgetRow> newRows) {
        return new BudgetTable(null, newPlanId, kind, body, null, new ArrayList<>(newRows));
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
