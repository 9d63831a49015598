package se.arshjul.web;

/**
 * Someone else saved the same thing after this user opened it (optimistic locking), or the form
 * came without the version it was read at. {@link EditorSave} shows the saved version beside the
 * user's own text instead of dropping it.
 */
public class StaleEditException extends RuntimeException {
    public StaleEditException(Throwable cause) {
        super("stale edit", cause);
    }
}
