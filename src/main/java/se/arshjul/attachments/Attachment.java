package se.arshjul.attachments;

import java.time.LocalDateTime;

/** An attachment's metadata (the bytes are read only for download). */
public record Attachment(long id, String ownerType, long ownerId, String fileName, String contentType, long size,
                         String uploadedBy, LocalDateTime uploadedAt) {

    /** Size for people: "812 byte", "14 kB", "2,3 MB". */
    public String sizeText() {
        if (size < 1024) {
            return size + " byte";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " kB";
        }
        return String.format(java.util.Locale.forLanguageTag("sv-SE"), "%.1f MB", size / (1024.0 * 1024.0));
    }
}
