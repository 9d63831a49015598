package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A verksamhetsstatistik table of a plan: volumes for one unit (e.g. "Barn och unga 0–20 år") in
 * three comparison periods, newest first. Written in the uppföljning section.
 */
@Table
public record StatisticsTable(@Id Long id, Long planId, int sortOrder, String title, String unit, String column1,
                              String column2, String column3, @Version Long version, List<StatisticsRow> rows) {
    public static final int PERIODS = 3;
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add(column1);
        columns.add(column2);
        columns.add(column3);
        return columns;
    }

    StatisticsTable withContent(List<String> newColumns, List<StatisticsRow> newRows, Long expectedVersion) {
        return new StatisticsTable(id, planId, sortOrder, title, unit, newColumns.get(0), newColumns.get(1), newColumns.get(2),
                expectedVersion, newRows);
    }

    /** The same table in another plan (a correction revision). */
    StatisticsTable copyTo(Long newPlanId) {
        return new StatisticsTable(null, newPlanId, sortOrder, title, unit, column1, column2, column3, null, new ArrayList<>(rows));
    }

    /**
     * Next year's table: the periods move one step (the newest becomes the second), the newest
     * period is named one year later and is left empty to be filled in, the oldest drops out.
     */
    StatisticsTable nextYear(Long newPlanId) {
        List<StatisticsRow> shifted = rows.stream().map(r -> new StatisticsRow(r.name(), null, r.value1(), r.value2())).toList();
        return new StatisticsTable(null, newPlanId, sortOrder, title, unit, yearLater(column1), column1, column2, null,
                new ArrayList<>(shifted));
    }

    static String yearLater(String header) {
        if (header == null) return null;
        Matcher m = YEAR.matcher(header);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, String.valueOf(Integer.parseInt(m.group()) + 1));
        m.appendTail(sb);
        return sb.toString();
    }

    static BigDecimal[] values(StatisticsRow row) {
        return new BigDecimal[] {row.value1(), row.value2(), row.value3()};
    }
}
