package se.arshjul.planning;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports a decided plan from the JSON extracted from a printed plan (see demo/vp-2022.json).
 * Printed sums are not imported: sum rows get formulas, and a test checks they reproduce the print.
 */
@Component
public class PlanJsonImport {
    /** Resultaträkning sum rows that are not plain column sums; the others sum every input row. */
    static final Map<String, String> RESULTATRAKNING_FORMULAS = Map.of(
            "verksamhetens_kostnader", "personal+bidrag_kostnader+kop_av_verksamhet+ovrigt",
            "nettokostnad", "verksamhetens_intakter+verksamhetens_kostnader",
            "arets_resultat", "nettokostnad-budget_netto",
            "balansresultat", "arets_resultat-varav_uttag_eget_kapital",
            "ub_eget_kapital", "ib_eget_kapital+resultatoverforing");

    private final ObjectMapper json;
    private final PlanWriter writer;
    private final PlanDocumentRepository plans;
    private final PlanSectionRepository sections;

    PlanJsonImport(ObjectMapper json, PlanWriter writer, PlanDocumentRepository plans, PlanSectionRepository sections) {
        this.json = json;
        this.writer = writer;
        this.plans = plans;
        this.sections = sections;
    }

    @Transactional
    public PlanDocument importDecided(InputStream in, LocalDate today) throws IOException {
        JsonNode root = json.readTree(in);
        List<PlanChapter> chapters = each(root.path("intro")).stream()
                .map(c -> new PlanChapter(text(c, "heading"), text(c, "text"))).toList();
        PlanDocument draft = PlanDocument.draft(root.path("year").asInt(), 1, text(root, "board"), text(root, "municipality"),
                root.path("malvardeYear").asInt(PlanDocument.DEFAULT_MALVARDE_YEAR), chapters);
        List<BudgetTable> tables = List.of(
                yearTable(BudgetTableKind.RESULTATRAKNING, root.path("resultatrakning")),
                yearTable(BudgetTableKind.DRIFTBUDGET, root.path("driftbudget")),
                externFinansiering(root.path("externFinansiering")),
                investeringar(root.path("investeringar")));
        Map<String, String> bodies = Map.of(
                PlanWriter.INTERNKONTROLL, text(root.path("internkontroll"), "text"),
                PlanWriter.UPPFOLJNING, text(root.path("uppfoljningsplan"), "text"));
        PlanDocument plan = writer.create(draft, goalAreas(root.path("malomraden")), tables,
                statistics(root.path("verksamhetsstatistik")), bodies, today);
        sections.findByPlanIdOrderBySortOrder(plan.id()).forEach(s -> sections.save(s.withStatus(PlanSectionStatus.GODKAND)));
        return plans.save(plan.decided(null, null, text(root, "diarienummer")));
    }

    private List<PlanContent.GoalArea> goalAreas(JsonNode areas) {
        List<PlanContent.GoalArea> result = new ArrayList<>();
        for (JsonNode area : each(areas)) {
            List<PlanContent.CouncilGoal> councilGoals = new ArrayList<>();
            for (JsonNode kf : each(area.path("kfMal"))) {
                List<PlanContent.BoardGoal> boardGoals = each(kf.path("namndmal")).stream().map(this::boardGoal).toList();
                councilGoals.add(new PlanContent.CouncilGoal(new KfMal(null, null, councilGoals.size() + 1, text(kf, "name")), boardGoals));
            }
            result.add(new PlanContent.GoalArea(new Malomrade(null, null, result.size() + 1, text(area, "name")), councilGoals));
        }
        return result;
    }

    private PlanContent.BoardGoal boardGoal(JsonNode n) {
        String title = text(n, "title");
        // the unit that writes the nämndmål's section is part of the data, never guessed from the title
        String unit = text(n, "unit");
        if (unit == null || unit.isBlank()) throw new IllegalArgumentException("Board goal without a unit: " + title);
        List<Uppdrag> uppdrag = each(n.path("uppdrag")).stream()
                .map(u -> new Uppdrag(text(u, "text"), Uppdrag.Status.valueOf(text(u, "status")), text(u, "kommentar"))).toList();
        List<Aktivitet> aktiviteter = each(n.path("aktiviteter")).stream()
                .map(a -> new Aktivitet(Aktivitet.Kind.valueOf(text(a, "kind")), text(a, "title"), text(a, "unit"))).toList();
        Namndmal goal = new Namndmal(null, null, null, 0, title, text(n, "description"), text(n, "arbete"), unit, null, uppdrag,
                aktiviteter);
        List<JsonNode> indicatorNodes = each(n.path("indicators"));
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : indicatorNodes) {
            Set<IndicatorValue> values = new HashSet<>();
            each(i.path("values")).forEach(v -> values.add(new IndicatorValue(v.path("year").asInt(), number(v, "value"), text(v, "reason"))));
            List<String> footnotes = each(i.path("footnotes")).stream().map(JsonNode::asText).toList();
            indicators.add(new Indicator(null, null, indicators.size() + 1, text(i, "name"), text(i, "unit"),
                    Direction.valueOf(text(i, "direction")), text(i, "source"), String.join("\n", footnotes),
                    number(i.path("etappmal"), "value"), text(i.path("etappmal"), "text"),
                    number(i.path("malvarde2030"), "value"), text(i.path("malvarde2030"), "text"), values));
        }
        return new PlanContent.BoardGoal(goal, indicators);
    }

    /** Verksamhetsstatistik: {"tables": [{title, unit, columns: [3 periods], rows: [{name, values: [3]}]}]}. */
    private List<StatisticsTable> statistics(JsonNode statistik) {
        List<StatisticsTable> result = new ArrayList<>();
        for (JsonNode t : each(statistik.path("tables"))) {
            JsonNode columns = t.path("columns");
            if (columns.size() != StatisticsTable.PERIODS) {
                throw new IllegalArgumentException("Statistics table " + text(t, "title") + ": expected " + StatisticsTable.PERIODS + " periods");
            }
            List<StatisticsRow> rows = each(t.path("rows")).stream().map(r -> {
                JsonNode v = r.path("values");
                return new StatisticsRow(text(r, "name"), number(v.get(0)), number(v.get(1)), number(v.get(2)));
            }).toList();
            result.add(new StatisticsTable(null, null, result.size() + 1, text(t, "title"), text(t, "unit"),
                    columns.get(0).asText(), columns.get(1).asText(), columns.get(2).asText(), null, rows));
        }
        return result;
    }

    private BudgetTable yearTable(BudgetTableKind kind, JsonNode table) {
        List<BudgetRow> rows = each(table.path("rows")).stream().map(r -> {
            String code = code(text(r, "name"));
            if (r.path("sum").asBoolean()) {
                // a row may name its own formula when the plan's rows differ from the usual ones
                String formula = r.hasNonNull("formula") ? r.get("formula").asText() : RESULTATRAKNING_FORMULAS.getOrDefault(code, BudgetFormula.ALL);
                return BudgetRow.sum(code, text(r, "name"), formula);
            }
            JsonNode v = r.path("values");
            return BudgetRow.input(code, text(r, "name"), null, number(v.get(0)), number(v.get(1)), number(v.get(2)));
        }).toList();
        return new BudgetTable(null, null, kind, text(table, "text"), null, rows);
    }

    private BudgetTable externFinansiering(JsonNode table) {
        return rowsTable(BudgetTableKind.EXTERN_FINANSIERING, table, "namndmal", "bidrag", "kostnad", "inraknatIBudget");
    }

    private BudgetTable investeringar(JsonNode table) {
        return rowsTable(BudgetTableKind.INVESTERINGAR, table, "typ", "investering", "driftkonsekvens");
    }

    private BudgetTable rowsTable(BudgetTableKind kind, JsonNode table, String labelField, String... amountFields) {
        List<BudgetRow> rows = each(table.path("rows")).stream().map(r -> {
            String code = code(text(r, "name"));
            if (r.path("sum").asBoolean()) return BudgetRow.sum(code, text(r, "name"), BudgetFormula.ALL);
            BigDecimal[] amounts = new BigDecimal[amountFields.length];
            for (int i = 0; i < amountFields.length; i++) amounts[i] = number(r, amountFields[i]);
            return BudgetRow.input(code, text(r, "name"), text(r, labelField), amounts);
        }).toList();
        return new BudgetTable(null, null, kind, text(table, "text"), null, rows);
    }

    /** A row code from its name: "Köp av verksamhet" → kop_av_verksamhet. */
    static String code(String name) {
        String ascii = name.toLowerCase().replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        return ascii.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static List<JsonNode> each(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal number(JsonNode node, String field) {
        return number(node.get(field));
    }

    private static BigDecimal number(JsonNode v) {
        return v == null || v.isNull() ? null : v.decimalValue();
    }
}
