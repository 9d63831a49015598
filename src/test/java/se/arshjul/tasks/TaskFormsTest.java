package se.arshjul.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.arshjul.validation.FieldErrors;

/** Server-side validation of Camunda Forms, without a browser. */
class TaskFormsTest {

    static final FormSchema FORM = new FormSchema("test", List.of(
            new FormSchema.Component("t", "text", null, null, null, "Instruktion", null, null, null, null, null),
            field("textarea", "analys", "Analys", new FormSchema.Validation(true, null, 20, null, null, null), null),
            field("number", "utfall", "Utfall", new FormSchema.Validation(false, null, null, -1000000.0, 1000000.0, null), null),
            field("radio", "beslut", "Beslut", new FormSchema.Validation(true, null, null, null, null, null),
                    List.of(new FormSchema.Option("Godkänn", "godkann"), new FormSchema.Option("Skicka tillbaka", "atersand"))),
            field("checkbox", "klar", "Klar", new FormSchema.Validation(true, null, null, null, null, null), null),
            field("datetime", "datum", "Datum", null, null)));

    static FormSchema.Component field(String type, String key, String label, FormSchema.Validation v, List<FormSchema.Option> options) {
        return new FormSchema.Component("f-" + key, type, key, label, null, null, options, v, null, null, null);
    }

    @Test
    void validInputBecomesTypedVariables() {
        var result = TaskForms.validate(FORM, Map.of("analys", " Bra ", "utfall", "-433 575", "beslut", "godkann", "klar", "true", "datum", "2026-12-31"));
        assertThat(result.errors().isEmpty()).isTrue();
        assertThat(result.values()).containsEntry("analys", "Bra").containsEntry("utfall", -433575.0)
                .containsEntry("beslut", "godkann").containsEntry("klar", true).containsEntry("datum", "2026-12-31");
    }

    @Test
    void everyRuleGivesTheSharedMessageNextToItsField() {
        var result = TaskForms.validate(FORM, Map.of("analys", "x".repeat(21), "utfall", "12,3,4", "beslut", "kanske", "datum", "31/12"));
        assertThat(codes(result.errors()))
                .containsEntry("analys", "validation.maxLength [20, 21]")
                .containsEntry("utfall", "validation.number []")
                .containsEntry("beslut", "validation.choice []")
                .containsEntry("klar", "task.form.check []")
                .containsEntry("datum", "validation.date []");
        assertThat(codes(TaskForms.validate(FORM, Map.of()).errors())).containsEntry("analys", "validation.required []");
    }

    /** field → "code [args]" */
    static Map<String, String> codes(FieldErrors errors) {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        errors.all().forEach(e -> codes.put(e.field(), e.code() + " " + e.args()));
        return codes;
    }

    @Test
    void valuesKeyTakesTheOptionsFromAVariableAndRefusesOthers() {
        var select = new FormSchema.Component("f-avsnitt", "select", "avsnitt", "Avsnitt", null, null,
                List.of(new FormSchema.Option("Statisk", "statisk")), new FormSchema.Validation(true, null, null, null, null, null),
                null, null, "avsnittOptions");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var form = new FormSchema("dyn", List.of(select));
        Map<String, Object> asMaps = Map.of("avsnittOptions", List.of(Map.of("label", "Nämndmål 1", "value", "namndmal-1"),
                Map.of("label", "Budget", "value", "budget")));
        Map<String, Object> asStrings = Map.of("avsnittOptions", List.of("namndmal-1", "budget"));
        Map<String, Object> asJson = Map.of("avsnittOptions", "[{\"label\":\"Nämndmål 1\",\"value\":\"namndmal-1\"},{\"label\":\"Budget\",\"value\":\"budget\"}]");
        for (Map<String, Object> variables : List.of(asMaps, asStrings, asJson)) {
            FormSchema resolved = TaskForms.withDynamicOptions(form, variables::get, json);
            assertThat(resolved.inputs().get(0).values()).extracting(FormSchema.Option::value).containsExactly("namndmal-1", "budget");
            assertThat(TaskForms.validate(resolved, Map.of("avsnitt", "budget")).values()).containsEntry("avsnitt", "budget");
            assertThat(codes(TaskForms.validate(resolved, Map.of("avsnitt", "statisk")).errors()))
                    .containsEntry("avsnitt", "validation.choice []");
        }
        assertThat(TaskForms.withDynamicOptions(form, variables -> null, json).inputs().get(0).values()).isEmpty();
        assertThat(TaskForms.withDynamicOptions(form, asMaps::get, json).inputs().get(0).values().get(0).label()).isEqualTo("Nämndmål 1");
    }

    @Test
    void numbersOutsideTheRangeAreRefused() {
        var result = TaskForms.validate(FORM, Map.of("analys", "a", "beslut", "godkann", "klar", "on", "utfall", "2 000 000"));
        assertThat(codes(result.errors())).containsOnlyKeys("utfall").containsEntry("utfall", "task.form.max [1 000 000]");
    }
}
