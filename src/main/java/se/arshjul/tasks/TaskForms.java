package se.arshjul.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.arshjul.validation.SwedishNumbers;

/**
 * Loads a task's Camunda Form ({@code camunda:formRef}) from the deployment and validates submitted
 * values against it on the server: required, lengths, number ranges, allowed options, dates.
 */
@Component
public class TaskForms {
    /** Upper bound for any text field, also when the form sets none. */
    static final int MAX_TEXT = 20_000;

    public record Result(Map<String, Object> values, Map<String, String> errors) {}

    private final FormService formService;
    private final TaskService taskService;
    private final ObjectMapper json;

    public TaskForms(FormService formService, TaskService taskService, ObjectMapper json) {
        this.formService = formService;
        this.taskService = taskService;
        this.json = json;
    }

    public Optional<FormSchema> formFor(String taskId) {
        CamundaFormRef ref = formService.getTaskFormData(taskId).getCamundaFormRef();
        if (ref == null) {
            return Optional.empty();
        }
        try (InputStream in = formService.getDeployedTaskForm(taskId)) {
            FormSchema form = json.readValue(in, FormSchema.class);
            return Optional.of(withDynamicOptions(form, key -> taskService.getVariable(taskId, key), json));
        } catch (IOException e) {
            throw new IllegalStateException("Formuläret " + ref.getKey() + " kunde inte läsas", e);
        }
    }

    /**
     * The form with each {@code valuesKey} field's options taken from that variable: a list of
     * {label, value} maps, a list of strings (label = value), or the same as a JSON array in a
     * string (the engine stores no lists without a JSON data format). A missing variable gives no
     * options, so every submitted value is refused.
     */
    public static FormSchema withDynamicOptions(FormSchema form, Function<String, Object> variable, ObjectMapper json) {
        if (form.components() == null || form.components().stream().noneMatch(c -> c.valuesKey() != null)) return form;
        return form.withComponents(form.components().stream()
                .map(c -> c.valuesKey() == null ? c : c.withValues(options(variable.apply(c.valuesKey()), json))).toList());
    }

    static List<FormSchema.Option> options(Object variable, ObjectMapper json) {
        Object value = variable;
        if (value instanceof String s) {
            try {
                value = json.readValue(s, List.class);
            } catch (IOException e) {
                throw new IllegalStateException("Alternativen i en processvariabel är inte en JSON-lista", e);
            }
        }
        if (!(value instanceof Collection<?> items)) return List.of();
        List<FormSchema.Option> options = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> map) {
                Object v = map.get("value");
                if (v == null) continue;
                Object label = map.get("label");
                options.add(new FormSchema.Option(label == null ? v.toString() : label.toString(), v.toString()));
            } else if (item != null) {
                options.add(new FormSchema.Option(item.toString(), item.toString()));
            }
        }
        return options;
    }

    /** Current values of the form's fields, for showing the form again. */
    public Map<String, Object> currentValues(String taskId, FormSchema form) {
        List<String> keys = form.inputs().stream().map(FormSchema.Component::key).toList();
        return keys.isEmpty() ? Map.of() : taskService.getVariables(taskId, keys);
    }

    public Result validate(String taskId, Map<String, String> submitted) {
        return formFor(taskId).map(form -> validate(form, submitted)).orElseGet(() -> new Result(Map.of(), Map.of()));
    }

    public static Result validate(FormSchema form, Map<String, String> submitted) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormSchema.Component field : form.inputs()) {
            String raw = submitted.getOrDefault(field.key(), "");
            raw = raw == null ? "" : raw.strip();
            String label = field.label() == null ? field.key() : field.label();
            FormSchema.Validation v = field.validate();
            if ("checkbox".equals(field.type())) {
                boolean checked = raw.equals("true") || raw.equals("on");
                if (field.required() && !checked) errors.put(field.key(), "Kryssa i \"" + label + "\".");
                values.put(field.key(), checked);
                continue;
            }
            if (raw.isEmpty()) {
                if (field.required()) errors.put(field.key(), "\"" + label + "\" måste fyllas i.");
                else values.put(field.key(), null);
                continue;
            }
            switch (field.type()) {
                case "number" -> {
                    Optional<BigDecimal> number = SwedishNumbers.parse(raw);
                    if (number.isEmpty()) {
                        errors.put(field.key(), "\"" + label + "\" måste vara ett tal, till exempel 16,8 eller -433 575.");
                    } else if (v != null && v.min() != null && number.get().doubleValue() < v.min()) {
                        errors.put(field.key(), "\"" + label + "\" får inte vara mindre än " + SwedishNumbers.format(v.min()) + ".");
                    } else if (v != null && v.max() != null && number.get().doubleValue() > v.max()) {
                        errors.put(field.key(), "\"" + label + "\" får inte vara större än " + SwedishNumbers.format(v.max()) + ".");
                    } else {
                        values.put(field.key(), number.get().doubleValue());
                    }
                }
                case "radio", "select" -> {
                    String value = raw;
                    boolean allowed = field.values() != null && field.values().stream().anyMatch(o -> o.value().equals(value));
                    if (!allowed) errors.put(field.key(), "Välj ett av alternativen för \"" + label + "\".");
                    else values.put(field.key(), value);
                }
                case "datetime" -> {
                    try {
                        values.put(field.key(), LocalDate.parse(raw).toString());
                    } catch (DateTimeParseException e) {
                        errors.put(field.key(), "\"" + label + "\" måste vara ett datum (åååå-mm-dd).");
                    }
                }
                default -> {
                    int max = v != null && v.maxLength() != null ? v.maxLength() : MAX_TEXT;
                    if (raw.length() > max) {
                        errors.put(field.key(), "\"" + label + "\" får vara högst " + max + " tecken (nu " + raw.length() + ").");
                    } else if (v != null && v.minLength() != null && raw.length() < v.minLength()) {
                        errors.put(field.key(), "\"" + label + "\" måste vara minst " + v.minLength() + " tecken.");
                    } else if (v != null && v.pattern() != null && !raw.matches(v.pattern())) {
                        errors.put(field.key(), "\"" + label + "\" har fel format.");
                    } else {
                        values.put(field.key(), raw);
                    }
                }
            }
        }
        return new Result(values, errors);
    }
}
