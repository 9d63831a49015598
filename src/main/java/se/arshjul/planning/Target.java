package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import se.arshjul.validation.FormReader;
import se.arshjul.validation.SwedishNumbers;
import se.arshjul.validation.Texts;

/** An etappmål or målvärde: a number, or a text such as "Samma nivå som 2020". */
public record Target(BigDecimal value, String text) {
    public static final Target NONE = new Target(null, null);
    static final int MAX_TEXT = 500;
    /** Input made only of digits, separators and signs is meant as a number and must parse as one. */
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("^[\\d\\s,.\\-\u2212\u00a0]+$");

    /** A submitted target: a number when it looks like one (then it must be valid), else text. */
    static Target read(FormReader form, String field, String raw) {
        String s = Texts.clean(raw);
        if (s == null) return NONE;
        if (NUMERIC_LOOKING.matcher(s).matches()) return new Target(form.number(field, s), null);
        return new Target(null, form.text(field, s, MAX_TEXT));
    }

    public String display() {
        if (value != null) return SwedishNumbers.format(value);
        return text == null ? "" : text;
    }
}
