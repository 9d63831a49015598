package se.arshjul.planning;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Swedish names for the section editor's fields, for the conflict view (e.g. "Indikator 2 (Antal besök) – utfall 2023"). */
final class SectionFieldLabels {
    private static final Pattern INDICATOR = Pattern.compile("ind\\[(\\d{1,4})\\]\\.(\\w+)");
    private static final Pattern UPPDRAG = Pattern.compile("uppdrag\\[(\\d{1,4})\\]\\.(\\w+)");
    private static final Pattern AKTIVITET = Pattern.compile("akt\\[(\\d{1,4})\\]\\.(\\w+)");
    private static final Pattern BUDGET = Pattern.compile("([A-Z_]+)\\.(?:r(\\d{1,4})|(new))\\.(\\w+)");
    private static final Pattern STATISTICS = Pattern.compile("stat(\\d+)\\..*");

    private final Map<String, String> saved;
    private final PlanContent content;

    SectionFieldLabels(Map<String, String> saved, PlanContent content) {
        this.saved = saved;
        this.content = content;
    }

    String label(String field) {
        switch (field) {
            case "description": return "Beskrivning av målet";
            case "arbete": return "Arbete för att nå målet";
            case "body": return "Text";
            default: break;
        }
        Matcher m = INDICATOR.matcher(field);
        if (m.matches()) {
            int row = Integer.parseInt(m.group(1));
            String name = saved.getOrDefault("ind[" + row + "].name", "");
            return "Indikator " + (row + 1) + (name.isBlank() ? "" : " (" + name + ")") + " – " + indicatorPart(m.group(2));
        }
        m = UPPDRAG.matcher(field);
        if (m.matches()) {
            String part = switch (m.group(2)) { case "body" -> "text"; case "status" -> "status"; default -> "kommentar"; };
            return "Uppdrag " + (Integer.parseInt(m.group(1)) + 1) + " – " + part;
        }
        m = AKTIVITET.matcher(field);
        if (m.matches()) {
            String part = switch (m.group(2)) { case "kind" -> "typ"; case "title" -> "text"; default -> "rapporteras av"; };
            return "Aktivitet " + (Integer.parseInt(m.group(1)) + 1) + " – " + part;
        }
        m = STATISTICS.matcher(field);
        if (m.matches()) {
            List<StatisticsTable> tables = content.statisticsTables();
            int i = Integer.parseInt(m.group(1));
            return "Verksamhetsstatistik" + (i < tables.size() ? " – " + tables.get(i).title() : "");
        }
        if (field.endsWith(".body")) return tableTitle(field.substring(0, field.length() - 5)) + " – text till tabellen";
        m = BUDGET.matcher(field);
        if (m.matches()) {
            String kind = m.group(1);
            String title = tableTitle(kind);
            if (m.group(3) != null) return title + " – ny rad";
            int row = Integer.parseInt(m.group(2));
            String rowName = content.budgetTables().stream().filter(t -> t.kind().name().equals(kind)).findFirst()
                    .filter(t -> row < t.rows().size()).map(t -> t.rows().get(row).name()).orElse("rad " + (row + 1));
            return title + " – " + rowName;
        }
        return field;
    }

    private static String indicatorPart(String part) {
        if (part.matches("v\\d{4}")) return "utfall " + part.substring(1);
        if (part.matches("r\\d{4}")) return "orsak " + part.substring(1);
        return switch (part) {
            case "name" -> "namn";
            case "unit" -> "enhet";
            case "direction" -> "riktning";
            case "source" -> "källa";
            case "etappmal" -> "etappmål";
            case "malvarde" -> "målvärde 2030";
            case "footnotes" -> "fotnoter";
            case "tabort" -> "ta bort";
            default -> "ordning";
        };
    }

    private static String tableTitle(String kind) {
        try {
            return BudgetTableKind.valueOf(kind).title();
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }
}
