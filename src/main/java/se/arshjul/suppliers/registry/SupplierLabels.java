package se.arshjul.suppliers.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import se.arshjul.web.FormErrorsView;

/** Labels of the suppliers' value lists from the bundle, e.g. as the options of a select (value → label, in order). */
@Component
public class SupplierLabels {
    private final FormErrorsView messages;

    public SupplierLabels(FormErrorsView messages) {
        this.messages = messages;
    }

    public <E extends Enum<E>> Map<String, String> options(E[] values, Function<E, String> key) {
        Map<String, String> options = new LinkedHashMap<>();
        for (E e : values) options.put(e.name(), messages.message(key.apply(e)));
        return options;
    }

    public String text(String key, Object... args) {
        return messages.message(key, args);
    }
}
