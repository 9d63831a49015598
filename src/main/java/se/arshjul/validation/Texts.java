package se.arshjul.validation;

import java.text.Normalizer;

/**
 * Text as users type it, made safe to store and compare: NFC-normalised, line breaks as {@code \n},
 * trimmed of whitespace and invisible characters (zero-width spaces, bidi controls, BOM). A text of
 * only such characters is empty. Lengths count characters as people see them (code points), not
 * UTF-16 units, so an emoji is one character.
 */
public final class Texts {
    private Texts() {}

    /** The cleaned text, or null when nothing visible remains. */
    public static String clean(String raw) {
        if (raw == null) return null;
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n");
        int start = 0;
        int end = s.length();
        while (start < end && ignorable(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
        while (end > start && ignorable(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
        String trimmed = s.substring(start, end);
        return trimmed.codePoints().allMatch(Texts::ignorable) ? null : trimmed;
    }

    public static boolean isBlank(String raw) {
        return clean(raw) == null;
    }

    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** A file name without bidi controls and other invisible format characters (which can disguise its extension). */
    public static String fileName(String raw) {
        if (raw == null) return null;
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(raw, Normalizer.Form.NFC).codePoints()
                .filter(c -> Character.getType(c) != Character.FORMAT && !Character.isISOControl(c))
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** Whitespace, control and format characters (zero-width space, bidi controls, BOM, soft hyphen). */
    private static boolean ignorable(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || Character.isISOControl(c);
    }
}
