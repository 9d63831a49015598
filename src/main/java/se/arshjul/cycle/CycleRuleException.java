package se.arshjul.cycle;

/** A cycle action that is not allowed now; the message is Swedish and shown to the user. */
public class CycleRuleException extends RuntimeException {
    public CycleRuleException(String message) {
        super(message);
    }
}
