package se.arshjul.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.arshjul.validation.SwedishNumbers;

/**
 * One indicator row of the section editor as the user sees and submits it (all text, so a
 * rejected value is shown again exactly as typed). Field names: {@code ind[i].name}, {@code ind[i].v2021} ...
 */
public record IndicatorRow(int index, String ordning, boolean remove, String name, String unit, String direction,
                           String source, String footnotes, Map<Integer, String> values, Map<Integer, String> reasons,
                           String etappmal, String malvarde) {

    static IndicatorRow of(int index, Indicator i, List<Integer> years) {
        Map<Integer, String> values = new LinkedHashMap<>();
        Map<Integer, String> reasons = new LinkedHashMap<>();
        for (int year : years) {
            i.valueFor(year).ifPresent(v -> {
                values.put(year, SwedishNumbers.format(v.outcome()));
                reasons.put(year, v.missingReason() == null ? "" : v.missingReason());
            });
        }
        return new IndicatorRow(index, String.valueOf(index + 1), false, i.name(), i.unit(), i.direction().name(),
                i.source(), i.footnotes(), values, reasons, i.etappmal().display(), i.malvarde().display());
    }

    static IndicatorRow blank(int index) {
        return new IndicatorRow(index, String.valueOf(index + 1), false, "", "", Direction.HIGHER.name(), "", "", Map.of(), Map.of(), "", "");
    }

    static IndicatorRow from(Map<String, String> params, int index, List<Integer> years) {
        String p = "ind[" + index + "].";
        Map<Integer, String> values = new LinkedHashMap<>();
        Map<Integer, String> reasons = new LinkedHashMap<>();
        for (int year : years) {
            values.put(year, params.getOrDefault(p + "v" + year, ""));
            reasons.put(year, params.getOrDefault(p + "r" + year, ""));
        }
        return new IndicatorRow(index, params.getOrDefault(p + "ordning", ""), params.containsKey(p + "tabort"),
                params.getOrDefault(p + "name", ""), params.getOrDefault(p + "unit", ""),
                params.getOrDefault(p + "direction", ""), params.getOrDefault(p + "source", ""),
                params.getOrDefault(p + "footnotes", ""), values, reasons,
                params.getOrDefault(p + "etappmal", ""), params.getOrDefault(p + "malvarde", ""));
    }

    String field(String name) {
        return "ind[" + index + "]." + name;
    }

    boolean isBlank() {
        return name == null || name.isBlank();
    }
}
