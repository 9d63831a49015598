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

    /**
     * A form field. {@code valuesKey} (form-js "dynamic options") names a process variable holding the
     * options of a select or radio instead of the static {@code values}; {@link TaskForms} resolves it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Component(String id, String type, String key, String label, String description, String text,
                            List<Option> values, Validation validate, Boolean disabled, Boolean readonly, String valuesKey) {
        public boolean isInput() {
            return key != null && INPUT_TYPES.contains(type) && !Boolean.TRUE.equals(disabled) && !Boolean.TRUE.equals(readonly);
        }

        public boolean required() {
            return validate != null && Boolean.TRUE.equals(validate.required());
        }

        public Component withValues(List<Option> newValues) {
            return new Component(id, type, key, label, description, text, newValues, validate, disabled, readonly, valuesKey);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Option(String label, String value) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Validation(Boolean required, Integer minLength, Integer maxLength, Double min, Double max, String pattern) {}

    public FormSchema withComponents(List<Component> newComponents) {
        return new FormSchema(id, newComponents);
    }

    public List<Component> inputs() {
        return components == null ? List.of() : components.stream().filter(Component::isInput).toList();
    }
}
