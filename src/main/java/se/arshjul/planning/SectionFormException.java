package se.arshjul.planning;

import java.util.Map;

/** A submitted section had invalid fields; {@link #errors()} maps field names to Swedish messages. */
public class SectionFormException extends RuntimeException {
    private final transient Map<String, String> errors;

    SectionFormException(Map<String, String> errors) {
        super("Avsnittet innehåller fel och har inte sparats.");
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
