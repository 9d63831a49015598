package se.arshjul.attachments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.Texts;

/**
 * Which files may be attached: at most {@link #MAX_BYTES}, one of the allowed extensions, and the
 * first bytes must look like that kind of file (PDF header, PNG/JPEG signature, ZIP container for
 * docx/xlsx, no NUL bytes for text). The stored content type follows from the extension, never
 * from what the browser claims.
 */
final class FileRules {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final String FIELD = "file";

    static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "txt", "text/plain");

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private FileRules() {
    }

    /** The lower-case extension, or "" when there is none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Checks a file; returns its content type, or refuses the field {@code file} with the rule's message key. */
    static String check(String fileName, byte[] content) {
        if (content.length == 0) {
            throw FieldErrors.single(FIELD, "attachment.file.empty", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw FieldErrors.single(FIELD, "attachment.file.tooLarge", fileName);
        }
        String ext = extension(fileName);
        String type = CONTENT_TYPES.get(ext);
        if (type == null) {
            throw FieldErrors.single(FIELD, "attachment.file.type");
        }
        if (!contentMatches(ext, content)) {
            throw FieldErrors.single(FIELD, "attachment.file.content", fileName, ext);
        }
        return type;
    }

    static boolean contentMatches(String ext, byte[] content) {
        return switch (ext) {
            case "pdf" -> startsWith(content, PDF);
            case "png" -> startsWith(content, PNG);
            case "jpg", "jpeg" -> startsWith(content, JPEG);
            case "docx", "xlsx" -> startsWith(content, ZIP);
            case "txt" -> isText(content);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isText(byte[] content) {
        int n = Math.min(content.length, 8192);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A file name safe to store and to send back: no path, no control characters, no bidi controls
     * or other invisible format characters that could disguise the extension ({@link Texts#fileName}),
     * no characters that break headers or file systems, at most 200 characters (extension kept).
     */
    static String safeName(String original) {
        String name = original == null ? "" : Texts.fileName(original);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;%]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            String ext = extension(name);
            name = name.substring(0, 200 - ext.length() - 1) + "." + ext;
        }
        return name.isBlank() ? "bilaga" : name;
    }
}
