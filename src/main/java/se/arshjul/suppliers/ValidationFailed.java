package se.arshjul.suppliers;

import java.util.Map;

/** Input was refused; {@link #errors()} maps field names to Swedish messages shown next to the fields. Nothing was saved. */
public class ValidationFailed extends RuntimeException {
    private final Map<String, String> errors;

    public ValidationFailed(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
