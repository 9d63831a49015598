package se.arshjul.tasks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of a Camunda Form (form-js JSON, files in {@code forms/}) the task page renders and
 * validates on the server. Unknown properties are ignored so forms from Camunda Modeler load as-is.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FormSchema(String id, List<Component> components) {

    public static final List<String> INPUT_TYPES = List.of("textfield", "textarea", "number", "checkbox", "radio", "select", "datetime");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Component(String id, String type, String key, String label, String description, String text,
                            List<Option> values, Validation validate, Boolean disabled, Boolean readonly) {
        public boolean isInput() {
            return key != null && INPUT_TYPES.contains(type) && !Boolean.TRUE.equals(disabled) && !Boolean.TRUE.equals(readonly);
        }

        public boolean required() {
            return validate != null && Boolean.TRUE.equals(validate.required());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Option(String label, String value) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Validation(Boolean required, Integer minLength, Integer maxLength, Double min, Double max, String pattern) {}

    public List<Component> inputs() {
        return components == null ? List.of() : components.stream().filter(Component::isInput).toList();
    }
}
