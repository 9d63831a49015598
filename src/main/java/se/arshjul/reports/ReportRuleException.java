package se.arshjul.reports;

/** A report action that is not allowed; the message is Swedish and shown to the user. */
public class ReportRuleException extends RuntimeException {
    public ReportRuleException(String message) {
        super(message);
    }
}
