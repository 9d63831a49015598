package se.arshjul.internalcontrol;

import java.util.Map;

/** Input refused with Swedish messages per field; thrown before anything is saved. */
public class InvalidInput extends RuntimeException {
    private final Map<String, String> errors;

    public InvalidInput(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
