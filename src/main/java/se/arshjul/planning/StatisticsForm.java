package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.arshjul.validation.FormReader;
import se.arshjul.validation.SwedishNumbers;

/**
 * The verksamhetsstatistik part of the uppföljning section's form, as field name → text:
 * {@code stat2.r1.v0} is table 2, row 1, period 0; {@code stat2.c0} a period's heading.
 */
final class StatisticsForm {
    private StatisticsForm() {}

    static String valueField(int table, int row, int period) {
        return "stat" + table + ".r" + row + ".v" + period;
    }

    static String nameField(int table, int row) {
        return "stat" + table + ".r" + row + ".name";
    }

    static String columnField(int table, int period) {
        return "stat" + table + ".c" + period;
    }

    static String versionField(int table) {
        return "stat" + table + ".version";
    }

    static Map<String, String> of(List<StatisticsTable> tables) {
        Map<String, String> values = new HashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            StatisticsTable table = tables.get(t);
            values.put(versionField(t), String.valueOf(table.version()));
            for (int p = 0; p < StatisticsTable.PERIODS; p++) {
                String column = table.columns().get(p);
                values.put(columnField(t, p), column == null ? "" : column);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                StatisticsRow row = table.rows().get(r);
                values.put(nameField(t, r), row.name());
                for (int p = 0; p < StatisticsTable.PERIODS; p++) values.put(valueField(t, r, p), SwedishNumbers.format(row.value(p)));
            }
        }
        return values;
    }

    /** The tables with the submitted headings, names and numbers; problems go to {@code form}'s errors. */
    static List<StatisticsTable> parse(List<StatisticsTable> tables, Map<String, String> params, FormReader form) {
        List<StatisticsTable> result = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            StatisticsTable table = tables.get(t);
            Long version = form.version(params.get(versionField(t)));
            List<String> columns = new ArrayList<>();
            for (int p = 0; p < StatisticsTable.PERIODS; p++) {
                columns.add(form.required(columnField(t, p), params.get(columnField(t, p)), 100));
            }
            List<StatisticsRow> rows = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                String name = form.required(nameField(t, r), params.get(nameField(t, r)), 1000);
                BigDecimal[] v = new BigDecimal[StatisticsTable.PERIODS];
                for (int p = 0; p < v.length; p++) v[p] = form.number(valueField(t, r, p), params.get(valueField(t, r, p)));
                rows.add(new StatisticsRow(name, v[0], v[1], v[2]));
            }
            result.add(table.withContent(columns, rows, version));
        }
        return result;
    }
}
