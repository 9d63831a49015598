package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        return amount(row, index, new HashSet<>());
    }

    private BigDecimal amount(BudgetRow row, int index, Set<String> visiting) {
        if (!row.isSum()) return row.stored(index);
        if (!visiting.add(row.code())) throw new IllegalStateException("Formeln för " + row.name() + " refererar till sig själv");
        if (BudgetFormula.ALL.equals(row.formula())) {
            return BudgetFormula.evaluate(String.join("+", inputCodes()), code -> row(code).stored(index));
        }
        return BudgetFormula.evaluate(row.formula(), code -> amount(row(code), index, new HashSet<>(visiting)));
    }

    public BudgetRow row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Raden " + code + " finns inte i " + kind.title()));
    }

    private List<String> inputCodes() {
        return rows.stream().filter(r -> !r.isSum()).map(BudgetRow::code).toList();
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
