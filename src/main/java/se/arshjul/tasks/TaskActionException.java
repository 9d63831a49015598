package se.arshjul.tasks;

import java.util.Map;

/** A task action was refused; the messages are Swedish and keyed by form field ("" for the whole form). */
public class TaskActionException extends RuntimeException {
    private final Map<String, String> errors;

    public TaskActionException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = errors;
    }

    public TaskActionException(String message) {
        this(Map.of("", message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
