package se.arshjul.attachments;

/** An upload refused with a message for the user; nothing was saved. */
public class AttachmentRejected extends RuntimeException {

    public AttachmentRejected(String message) {
        super(message);
    }
}
