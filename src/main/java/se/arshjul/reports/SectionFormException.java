package se.arshjul.reports;

import java.util.Map;

/** A section form did not validate: Swedish messages per field. */
public class SectionFormException extends RuntimeException {
    private final Map<String, String> errors;

    public SectionFormException(Map<String, String> errors) {
        super("Avsnittet innehåller fel.");
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
