package se.arshjul.planning;

/** A plan rule refused the action (locked plan, plan already exists ...); the message is for the user. */
public class PlanRuleException extends RuntimeException {
    public PlanRuleException(String message) {
        super(message);
    }
}
