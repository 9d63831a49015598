package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import se.arshjul.security.Groups;
import se.arshjul.validation.FormReader;
import se.arshjul.validation.Texts;

/** The nämndmål editor's form: texts, the board's uppdrag, the activities/utvecklingsåtaganden and the indicator table. */
public record NamndmalForm(String version, String description, String arbete, List<UppdragRow> uppdrag,
                           List<IndicatorRow> indicators, List<AktivitetRow> aktiviteter) {

    public record UppdragRow(int index, String body, String status, String kommentar) {}

    /** An activity row; {@code unit} blank means the nämndmål's unit reports on it. */
    public record AktivitetRow(int index, String kind, String title, String unit) {}

    /** What a valid form saves. */
    record Parsed(Long version, String description, String arbete, List<Uppdrag> uppdrag, List<Indicator> indicators,
                  List<Aktivitet> aktiviteter) {}

    private static final int MAX_ROWS = 9999;
    private static final Pattern ROW = Pattern.compile("^(ind|uppdrag|akt)\\[(\\d{1,4})\\]\\.");

    static NamndmalForm of(Namndmal goal, List<Indicator> indicators, List<Integer> years) {
        List<UppdragRow> uppdrag = IntStream.range(0, goal.uppdrag().size()).mapToObj(i -> {
            Uppdrag u = goal.uppdrag().get(i);
            return new UppdragRow(i, u.body(), u.status().name(), u.kommentar());
        }).toList();
        List<IndicatorRow> rows = IntStream.range(0, indicators.size())
                .mapToObj(i -> IndicatorRow.of(i, indicators.get(i), years)).toList();
        List<Aktivitet> activities = goal.aktiviteter() == null ? List.of() : goal.aktiviteter();
        List<AktivitetRow> aktiviteter = IntStream.range(0, activities.size()).mapToObj(i -> {
            Aktivitet a = activities.get(i);
            return new AktivitetRow(i, a.kind().name(), a.title(), a.unitGroup() == null ? "" : a.unitGroup());
        }).toList();
        return new NamndmalForm(String.valueOf(goal.version()), goal.description(), goal.arbete(), uppdrag, rows, aktiviteter);
    }

    static NamndmalForm from(Map<String, String> params, List<Integer> years) {
        List<UppdragRow> uppdrag = indices(params, "uppdrag").stream().map(i -> new UppdragRow(i,
                params.getOrDefault("uppdrag[" + i + "].body", ""), params.getOrDefault("uppdrag[" + i + "].status", ""),
                params.getOrDefault("uppdrag[" + i + "].kommentar", ""))).toList();
        List<IndicatorRow> rows = indices(params, "ind").stream().map(i -> IndicatorRow.from(params, i, years)).toList();
        List<AktivitetRow> aktiviteter = indices(params, "akt").stream().map(i -> new AktivitetRow(i,
                params.getOrDefault("akt[" + i + "].kind", ""), params.getOrDefault("akt[" + i + "].title", ""),
                params.getOrDefault("akt[" + i + "].unit", ""))).toList();
        return new NamndmalForm(params.getOrDefault("version", ""), params.get("description"), params.get("arbete"), uppdrag, rows,
                aktiviteter);
    }

    /** The form with one empty indicator, uppdrag and activity row, for adding; blank rows are not saved. */
    public NamndmalForm withBlankRows() {
        List<IndicatorRow> rows = new ArrayList<>(indicators);
        rows.add(IndicatorRow.blank(indicators.size()));
        List<UppdragRow> assignments = new ArrayList<>(uppdrag);
        assignments.add(new UppdragRow(uppdrag.size(), "", Uppdrag.Status.EJ_KLART_I_AR.name(), ""));
        List<AktivitetRow> activities = new ArrayList<>(aktiviteter);
        activities.add(new AktivitetRow(aktiviteter.size(), Aktivitet.Kind.AKTIVITET.name(), "", ""));
        return new NamndmalForm(version, description, arbete, assignments, rows, activities);
    }

    /** The form as the field names and texts the editor posts (the inverse of {@link #from}). */
    Map<String, String> fields(List<Integer> years) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", version);
        fields.put("description", description);
        fields.put("arbete", arbete);
        for (IndicatorRow r : indicators) {
            fields.put(r.field("ordning"), r.ordning());
            fields.put(r.field("name"), r.name());
            fields.put(r.field("unit"), r.unit());
            fields.put(r.field("direction"), r.direction());
            fields.put(r.field("source"), r.source());
            for (int year : years) {
                fields.put(r.field("v" + year), r.values().get(year));
                fields.put(r.field("r" + year), r.reasons().get(year));
            }
            fields.put(r.field("etappmal"), r.etappmal());
            fields.put(r.field("malvarde"), r.malvarde());
            fields.put(r.field("footnotes"), r.footnotes());
            if (r.remove()) fields.put(r.field("tabort"), "on");
        }
        for (UppdragRow u : uppdrag) {
            fields.put("uppdrag[" + u.index() + "].body", u.body());
            fields.put("uppdrag[" + u.index() + "].status", u.status());
            fields.put("uppdrag[" + u.index() + "].kommentar", u.kommentar());
        }
        for (AktivitetRow a : aktiviteter) {
            fields.put("akt[" + a.index() + "].kind", a.kind());
            fields.put("akt[" + a.index() + "].title", a.title());
            fields.put("akt[" + a.index() + "].unit", a.unit());
        }
        return fields;
    }

    Parsed parse(long namndmalId, List<Integer> years, Predicate<String> knownUnit) {
        FormReader form = new FormReader();
        Long expectedVersion = form.version(version);
        String desc = form.text("description", description, SectionEditor.MAX_TEXT);
        String work = form.text("arbete", arbete, SectionEditor.MAX_TEXT);
        List<Uppdrag> parsedUppdrag = uppdrag.stream().map(row -> uppdrag(row, form)).filter(Objects::nonNull).toList();
        List<Aktivitet> parsedAktiviteter = aktiviteter.stream().map(row -> aktivitet(row, form, knownUnit)).filter(Objects::nonNull).toList();
        List<IndicatorRow> kept = indicators.stream().filter(r -> !r.remove() && !r.isBlank())
                .sorted(Comparator.comparing((IndicatorRow r) -> order(r, form)).thenComparing(IndicatorRow::index)).toList();
        List<Indicator> parsed = new ArrayList<>();
        for (IndicatorRow row : kept) {
            parsed.add(indicator(row, parsed.size() + 1, namndmalId, years, form));
        }
        form.throwIfAny();
        return new Parsed(expectedVersion, desc, work, parsedUppdrag, parsed, parsedAktiviteter);
    }

    /** An uppdrag row; an emptied text removes it (null). */
    private static Uppdrag uppdrag(UppdragRow row, FormReader form) {
        String p = "uppdrag[" + row.index() + "].";
        String body = form.text(p + "body", row.body(), 4000);
        if (body == null) return null;
        Uppdrag.Status status = form.choice(p + "status", row.status(), Uppdrag.Status.class);
        if (status == null) form.reject(p + "status", "validation.choice");
        return new Uppdrag(body, status, form.text(p + "kommentar", row.kommentar(), 4000));
    }

    /** An activity row; an emptied text removes it (null). Without a unit the nämndmål's unit reports. */
    private static Aktivitet aktivitet(AktivitetRow row, FormReader form, Predicate<String> knownUnit) {
        String p = "akt[" + row.index() + "].";
        String title = form.text(p + "title", row.title(), 2000);
        if (title == null) return null;
        Aktivitet.Kind kind = form.choice(p + "kind", row.kind(), Aktivitet.Kind.class);
        if (kind == null) form.reject(p + "kind", "validation.choice");
        String unit = Texts.clean(row.unit());
        if (unit != null && !knownUnit.test(unit)) {
            form.reject(p + "unit", "validation.choice");
        }
        return new Aktivitet(kind, title, unit);
    }

    private static Indicator indicator(IndicatorRow row, int sortOrder, long namndmalId, List<Integer> years, FormReader form) {
        Direction direction = form.choice(row.field("direction"), row.direction(), Direction.class);
        if (direction == null) form.reject(row.field("direction"), "validation.choice");
        Set<IndicatorValue> values = new HashSet<>();
        for (int year : years) {
            BigDecimal value = form.number(row.field("v" + year), row.values().get(year));
            String reason = form.text(row.field("r" + year), row.reasons().get(year), 1000);
            if (value != null || reason != null) values.add(new IndicatorValue(year, value, reason));
        }
        Target etappmal = Target.read(form, row.field("etappmal"), row.etappmal());
        Target malvarde = Target.read(form, row.field("malvarde"), row.malvarde());
        return new Indicator(null, namndmalId, sortOrder, form.required(row.field("name"), row.name(), 1000),
                form.text(row.field("unit"), row.unit(), 64), direction, form.text(row.field("source"), row.source(), 500),
                form.text(row.field("footnotes"), row.footnotes(), 8000), etappmal.value(), etappmal.text(),
                malvarde.value(), malvarde.text(), values);
    }

    /** The row's place as typed; a row without one goes last. */
    private static int order(IndicatorRow row, FormReader form) {
        Integer order = form.whole(row.field("ordning"), row.ordning(), 1, MAX_ROWS);
        return order == null ? Integer.MAX_VALUE : order;
    }

    private static Set<Integer> indices(Map<String, String> params, String prefix) {
        Set<Integer> result = new TreeSet<>();
        for (String key : params.keySet()) {
            Matcher m = ROW.matcher(key);
            if (m.find() && m.group(1).equals(prefix)) result.add(Integer.parseInt(m.group(2)));
        }
        return result;
    }
}
