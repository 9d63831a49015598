package se.arshjul.review;

import java.util.Arrays;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;

import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.FieldErrors;

/**
 * A business rule refused a task action inside the engine (a task listener), so the engine rolls
 * back and nothing is saved. It carries a bundle key with its arguments like the core refusals; the
 * web layer turns it into one of them ({@link #toUserException()}): a field error next to
 * {@link #field()} when set, otherwise a refusal of the action as a whole. It stays a
 * {@link ProcessEngineException} because the engine and its REST API expect those from listeners.
 */
public class TaskRuleViolation extends ProcessEngineException {
    private final String field;
    private final String code;
    private final transient Object[] args;

    /** @param code a bundle key (messages/*.properties); the exception's message also lists the arguments, for logs and REST clients */
    public TaskRuleViolation(String field, String code, Object... args) {
        super(args.length == 0 ? code : code + " " + Arrays.toString(args));
        this.field = field;
        this.code = code;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    /** The core exception the user sees: invalid input for a field, otherwise a refused action. */
    public RuntimeException toUserException() {
        return field == null ? new ActionRefusedException(code(), args) : FieldErrors.single(field, code(), args);
    }

    /** The engine wraps listener exceptions; this finds ours in the cause chain. */
    public static Optional<TaskRuleViolation> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TaskRuleViolation v) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
