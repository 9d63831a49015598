package se.arshjul.cycle;

import java.util.Map;

/** The admin's calendar did not validate: messages in Swedish per field ({@code DELAR1.startDate}). */
public class CalendarFormException extends RuntimeException {
    private final Map<String, String> errors;

    public CalendarFormException(Map<String, String> errors) {
        super("Kalendern innehåller fel: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
