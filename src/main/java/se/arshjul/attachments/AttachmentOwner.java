package se.arshjul.attachments;

import se.arshjul.security.CurrentUser;

/**
 * A feature whose records can carry attachments. The feature, not the attachments package, decides
 * who may see and change them; {@link AttachmentService} asks it on the server for every action.
 * Implementations are Spring beans and are found by {@link #type()}.
 */
public interface AttachmentOwner {

    /** Stable slug used in URLs and stored with each attachment, e.g. {@code kontrolltillfalle}. */
    String type();

    boolean exists(long ownerId);

    /** May the user list and download the record's attachments? */
    boolean canView(CurrentUser user, long ownerId);

    /** May the user upload and delete attachments of the record? By default: whoever may see them. */
    default boolean canEdit(CurrentUser user, long ownerId) {
        return canView(user, ownerId);
    }

    /** The page that shows the record's attachments (the user returns there after upload/delete). */
    String pageUrl(long ownerId);
}
