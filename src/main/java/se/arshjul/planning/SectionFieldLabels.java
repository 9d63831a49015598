package se.arshjul.planning;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arshjul.web.PageMessages;

/** Names for the section editor's fields, for the conflict view (e.g. "Indikator 2 (Antal besök) – utfall 2023"). */
final class SectionFieldLabels {
    private static final Pattern INDICATOR = Pattern.compile("ind\\[(\\d{1,4})\\]\\.(\\w+)");
    private static final Pattern UPPDRAG = Pattern.compile("uppdrag\\[(\\d{1,4})\\]\\.(body|status|kommentar)");
    private static final Pattern AKTIVITET = Pattern.compile("akt\\[(\\d{1,4})\\]\\.(kind|title|unit)");
    private static final Pattern BUDGET = Pattern.compile("([A-Z_]+)\\.(?:r(\\d{1,4})|(new))\\.(\\w+)");
    private static final Pattern STATISTICS = Pattern.compile("stat(\\d+)\\..*");
    private static final Pattern YEAR_PART = Pattern.compile("([vr])(\\d{4})");
    private static final List<String> INDICATOR_PARTS = List.of("name", "unit", "direction", "source", "etappmal", "footnotes", "tabort");

    private final Map<String, String> saved;
    private final PlanContent content;
    private final PageMessages texts;

    SectionFieldLabels(Map<String, String> saved, PlanContent content, PageMessages texts) {
        this.saved = saved;
        this.content = content;
        this.texts = texts;
    }

    String label(String field) {
        if (List.of("description", "arbete", "body").contains(field)) return texts.message("plan.field." + field);
        Matcher m = INDICATOR.matcher(field);
        if (m.matches()) return indicator(Integer.parseInt(m.group(1)), m.group(2));
        m = UPPDRAG.matcher(field);
        if (m.matches()) return texts.message("plan.field.uppdrag." + m.group(2), Integer.parseInt(m.group(1)) + 1);
        m = AKTIVITET.matcher(field);
        if (m.matches()) return texts.message("plan.field.akt." + m.group(2), Integer.parseInt(m.group(1)) + 1);
        m = STATISTICS.matcher(field);
        if (m.matches()) {
            List<StatisticsTable> tables = content.statisticsTables();
            int i = Integer.parseInt(m.group(1));
            return texts.message("plan.field.statistics", i < tables.size() ? tables.get(i).title() : "");
        }
        if (field.endsWith(".body")) return texts.message("plan.field.tableText", tableTitle(field.substring(0, field.length() - 5)));
        m = BUDGET.matcher(field);
        return m.matches() ? budgetRow(m.group(1), m.group(2)) : field;
    }

    private String indicator(int row, String part) {
        String name = saved.getOrDefault("ind[" + row + "].name", "");
        String indicator = name.isBlank() ? texts.message("plan.field.indicator", row + 1)
                : texts.message("plan.field.indicator.named", row + 1, name);
        return texts.message("plan.field.part", indicator, indicatorPart(part));
    }

    private String indicatorPart(String part) {
        Matcher year = YEAR_PART.matcher(part);
        if (year.matches()) return texts.message("plan.field.indicator." + year.group(1), Integer.parseInt(year.group(2)));
        if (part.equals("malvarde")) return texts.message("plan.field.indicator.malvarde", content.plan().malvardeYear());
        return texts.message("plan.field.indicator." + (INDICATOR_PARTS.contains(part) ? part : "ordning"));
    }

    private String budgetRow(String kind, String row) {
        String title = tableTitle(kind);
        if (row == null) return texts.message("plan.field.part", title, texts.message("plan.field.budget.newRow"));
        int r = Integer.parseInt(row);
        String rowName = content.budgetTables().stream().filter(t -> t.kind().name().equals(kind)).findFirst()
                .filter(t -> r < t.rows().size()).map(t -> t.rows().get(r).name())
                .orElseGet(() -> texts.message("plan.field.budget.row", r + 1));
        return texts.message("plan.field.part", title, rowName);
    }

    private String tableTitle(String kind) {
        try {
            return texts.message(BudgetTableKind.valueOf(kind).titleKey());
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }
}
