package se.arshjul.review;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A business rule refused a task action. Thrown inside the engine's transaction, so nothing is
 * saved; the message is Swedish and shown to the user next to {@link #field()} when set.
 */
public class TaskRuleViolation extends ProcessEngineException {
    private final String field;

    public TaskRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The engine wraps listener exceptions; this finds ours in the cause chain. */
    public static java.util.Optional<TaskRuleViolation> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TaskRuleViolation v) {
                return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }
}
