package se.arshjul.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
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

import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.FormReader;
import se.arshjul.validation.SwedishNumbers;
import se.arshjul.validation.Texts;

/**
 * Loads a task's Camunda Form ({@code camunda:formRef}) from the deployment and validates submitted
 * values against it on the server: required, lengths, number ranges, allowed options, dates.
 */
@Component
public class TaskForms {
    /** Upper bound for any text field, also when the form sets none. */
    static final int MAX_TEXT = 20_000;

    public record Result(Map<String, Object> values, FieldErrors errors) {}

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
            throw new IllegalStateException("Form " + ref.getKey() + " could not be read", e);
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
                throw new IllegalStateException("The options in a process variable are not a JSON list", e);
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
        return formFor(taskId).map(form -> validate(form, submitted)).orElseGet(() -> new Result(Map.of(), new FieldErrors()));
    }

    /** Reads each input of the form with the shared rules ({@link FormReader}); the values are typed for the engine. */
    public static Result validate(FormSchema form, Map<String, String> submitted) {
        FormReader reader = new FormReader();
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormSchema.Component field : form.inputs()) {
            String raw = submitted.get(field.key());
            if ("checkbox".equals(field.type())) {
                boolean checked = "true".equals(raw) || "on".equals(raw);
                if (field.required() && !checked) reader.reject(field.key(), "task.form.check");
                values.put(field.key(), checked);
            } else if (Texts.isBlank(raw)) {
                if (field.required()) reader.reject(field.key(), "validation.required");
                else values.put(field.key(), null);
            } else {
                Object value = read(reader, field, raw);
                if (!reader.errors().has(field.key())) values.put(field.key(), value);
            }
        }
        return new Result(values, reader.errors());
    }

    private static Object read(FormReader reader, FormSchema.Component field, String raw) {
        String key = field.key();
        FormSchema.Validation v = field.validate() == null ? new FormSchema.Validation(null, null, null, null, null, null) : field.validate();
        return switch (field.type()) {
            case "number" -> {
                BigDecimal number = reader.number(key, raw);
                if (number == null) yield null;
                if (v.min() != null && number.doubleValue() < v.min()) reader.reject(key, "task.form.min", SwedishNumbers.format(v.min()));
                if (v.max() != null && number.doubleValue() > v.max()) reader.reject(key, "task.form.max", SwedishNumbers.format(v.max()));
                yield number.doubleValue();
            }
            case "radio", "select" -> {
                String value = Texts.clean(raw);
                if (field.values() == null || field.values().stream().noneMatch(o -> o.value().equals(value))) reader.reject(key, "validation.choice");
                yield value;
            }
            case "datetime" -> {
                LocalDate date = reader.date(key, raw);
                yield date == null ? null : date.toString();
            }
            default -> {
                String text = reader.text(key, raw, v.maxLength() != null ? v.maxLength() : MAX_TEXT);
                if (v.minLength() != null && Texts.length(text) < v.minLength()) reader.reject(key, "task.form.minLength", v.minLength());
                if (v.pattern() != null && !text.matches(v.pattern())) reader.reject(key, "task.form.pattern");
                yield text;
            }
        };
    }
}
