package se.arshjul.validation;

import java.util.List;

/**
 * A domain rule refuses the action as a whole (a locked document, a section not yet approved, four
 * eyes): nothing was changed. The message is a bundle key with its arguments; pages show it as the
 * flash error of the page the user came from ({@code ErrorPages}).
 */
public class ActionRefusedException extends RuntimeException {
    private final transient List<Object> args;

    public ActionRefusedException(String code, Object... args) {
        super(code);
        this.args = List.of(args);
    }

    public String code() {
        return getMessage();
    }

    public Object[] args() {
        return args.toArray();
    }
}
