package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.arshjul.support.SwedishNumbers;

/**
 * The budget editor's form as field name → text, e.g. {@code RESULTATRAKNING.r1.a2} for row 1,
 * stored amount 2. Only input rows have fields; sums are shown, never submitted.
 */
public record BudgetForm(Map<String, String> values) {

    public static String amountField(BudgetTable table, int row, int amount) {
        return table.kind().name() + ".r" + row + ".a" + amount;
    }

    public static String labelField(BudgetTable table, int row) {
        return table.kind().name() + ".r" + row + ".label";
    }

    public static String bodyField(BudgetTable table) {
        return table.kind().name() + ".body";
    }

    public static String versionField(BudgetTable table) {
        return table.kind().name() + ".version";
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    static BudgetForm of(List<BudgetTable> tables) {
        Map<String, String> values = new HashMap<>();
        for (BudgetTable table : tables) {
            values.put(versionField(table), String.valueOf(table.version()));
            values.put(bodyField(table), table.body() == null ? "" : table.body());
            for (int r = 0; r < table.rows().size(); r++) {
                BudgetRow row = table.rows().get(r);
                if (row.isSum()) continue;
                values.put(labelField(table, r), row.label() == null ? "" : row.label());
                for (int a = 0; a < 3; a++) values.put(amountField(table, r, a), SwedishNumbers.format(row.stored(a)));
            }
        }
        return new BudgetForm(values);
    }

    /** The tables with the submitted amounts and texts, each carrying the version the user edited. */
    List<BudgetTable> parse(List<BudgetTable> tables) {
        FormErrors errors = new FormErrors();
        List<BudgetTable> result = new ArrayList<>();
        for (BudgetTable table : tables) {
            Long version = errors.version(value(versionField(table)));
            List<BudgetRow> rows = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                BudgetRow row = table.rows().get(r);
                BigDecimal[] amounts = new BigDecimal[3];
                for (int a : table.kind().editableAmounts()) {
                    amounts[a] = errors.number(amountField(table, r, a), value(amountField(table, r, a)));
                }
                String label = table.kind().labelHeader() == null ? null : errors.text(labelField(table, r), value(labelField(table, r)), 1000);
                rows.add(row.withAmounts(label, amounts));
            }
            result.add(table.withContent(errors.text(bodyField(table), value(bodyField(table)), FormErrors.MAX_TEXT), rows, version));
        }
        errors.throwIfAny();
        return result;
    }
}
