package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.arshjul.validation.FormReader;
import se.arshjul.validation.SwedishNumbers;

/**
 * The budget editor's form as field name → text, e.g. {@code RESULTATRAKNING.r1.a2} for row 1,
 * stored amount 2. Only input rows have fields; sums are shown, never submitted. An input row is
 * removed with {@code .rN.tabort}; a new row is added through the {@code .new.*} fields, placed
 * after the row named in {@code .new.after}. Sum rows stay: they are computed from their formula.
 */
public record BudgetForm(Map<String, String> values) {
    static final String NEW = "new";

    public static String amountField(BudgetTable table, int row, int amount) {
        return table.kind().name() + ".r" + row + ".a" + amount;
    }

    public static String labelField(BudgetTable table, int row) {
        return table.kind().name() + ".r" + row + ".label";
    }

    public static String removeField(BudgetTable table, int row) {
        return table.kind().name() + ".r" + row + ".tabort";
    }

    public static String newNameField(BudgetTable table) {
        return table.kind().name() + "." + NEW + ".name";
    }

    public static String newAmountField(BudgetTable table, int amount) {
        return table.kind().name() + "." + NEW + ".a" + amount;
    }

    public static String newLabelField(BudgetTable table) {
        return table.kind().name() + "." + NEW + ".label";
    }

    /** The code of the row the new row follows; blank places it after the last input row. */
    public static String newAfterField(BudgetTable table) {
        return table.kind().name() + "." + NEW + ".after";
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

    public boolean checked(String field) {
        String v = value(field);
        return v.equals("on") || v.equals("true");
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

    /** The tables with the submitted amounts, texts, removed and added rows, each carrying the version the user edited. */
    List<BudgetTable> parse(List<BudgetTable> tables) {
        FormReader form = new FormReader();
        List<BudgetTable> result = new ArrayList<>();
        for (BudgetTable table : tables) {
            Long version = form.version(value(versionField(table)));
            List<BudgetRow> rows = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                BudgetRow row = table.rows().get(r);
                if (!row.isSum() && checked(removeField(table, r)) && removable(table, r, form)) continue;
                BigDecimal[] amounts = new BigDecimal[3];
                for (int a : table.kind().editableAmounts()) {
                    amounts[a] = form.number(amountField(table, r, a), value(amountField(table, r, a)));
                }
                String label = table.kind().labelHeader() == null ? null : form.text(labelField(table, r), value(labelField(table, r)), 1000);
                rows.add(row.withAmounts(label, amounts));
            }
            addNewRow(table, rows, form);
            result.add(table.withContent(form.text(bodyField(table), value(bodyField(table)), SectionEditor.MAX_TEXT), rows, version));
        }
        form.throwIfAny();
        return result;
    }

    /** A row that a sum row names in its formula stays: removing it is refused next to its checkbox. */
    private static boolean removable(BudgetTable table, int r, FormReader form) {
        String code = table.rows().get(r).code();
        List<String> sums = table.rows().stream().filter(s -> BudgetFormula.codes(s.formula()).contains(code))
                .map(BudgetRow::name).toList();
        if (!sums.isEmpty()) form.reject(removeField(table, r), "plan.budget.rowInSum", String.join(", ", sums));
        return sums.isEmpty();
    }

    private void addNewRow(BudgetTable table, List<BudgetRow> rows, FormReader form) {
        BigDecimal[] amounts = new BigDecimal[3];
        boolean anyAmount = false;
        for (int a : table.kind().editableAmounts()) {
            amounts[a] = form.number(newAmountField(table, a), value(newAmountField(table, a)));
            anyAmount |= !value(newAmountField(table, a)).isBlank();
        }
        String label = table.kind().labelHeader() == null ? null : form.text(newLabelField(table), value(newLabelField(table)), 1000);
        String name = form.text(newNameField(table), value(newNameField(table)), 500);
        if (name == null) {
            if (anyAmount || label != null) form.reject(newNameField(table), "validation.required");
            return;
        }
        String after = value(newAfterField(table)).strip();
        int position = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (after.isEmpty() ? !rows.get(i).isSum() : rows.get(i).code().equals(after)) position = i;
        }
        if (!after.isEmpty() && position < 0) {
            form.reject(newAfterField(table), "validation.choice");
            return;
        }
        rows.add(position + 1, BudgetRow.input(uniqueCode(name, table.rows()), name, label, amounts));
    }

    private static String uniqueCode(String name, List<BudgetRow> existing) {
        Set<String> taken = new HashSet<>(existing.stream().map(BudgetRow::code).toList());
        taken.add(BudgetFormula.ALL.toLowerCase());
        String base = PlanJsonImport.code(name);
        if (base.isEmpty()) base = "rad";
        String code = base;
        for (int n = 2; taken.contains(code); n++) code = base + "_" + n;
        return code;
    }
}
