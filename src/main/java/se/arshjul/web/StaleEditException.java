package se.arshjul.web;

/**
 * Someone else saved the same thing after this user opened it (optimistic locking). The editor's
 * controller shows the saved version beside the user's own text instead of dropping it.
 */
public class StaleEditException extends RuntimeException {
    public static final String MESSAGE = "Någon annan sparade avsnittet medan du redigerade. Dina ändringar är inte sparade men "
            + "finns kvar i formuläret. Jämför med den sparade versionen nedan, för över det du vill behålla och spara igen.";

    public StaleEditException(Throwable cause) {
        super(MESSAGE, cause);
    }
}
