package se.arshjul.planning;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import se.arshjul.validation.SwedishNumbers;

/** Collects field errors while a submitted section form is parsed; nothing is saved while any exist. */
final class FormErrors {
    static final String NUMBER_MESSAGE = "Skriv ett tal, till exempel 16,8 eller -433 575.";
    static final int MAX_TEXT = 20_000;
    /** Input made only of digits, separators and signs is meant as a number and must parse as one. */
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("^[\\d\\s,.\\-\u2212\u00a0]+$");

    private final Map<String, String> errors = new LinkedHashMap<>();

    BigDecimal number(String field, String raw) {
        if (raw == null || raw.isBlank()) return null;
        return SwedishNumbers.parse(raw).orElseGet(() -> {
            errors.put(field, NUMBER_MESSAGE);
            return null;
        });
    }

    /** An etappmål or målvärde: a number when it looks like one (then it must be valid), else text. */
    Target target(String field, String raw) {
        if (raw == null || raw.isBlank()) return Target.NONE;
        String s = raw.strip();
        if (NUMERIC_LOOKING.matcher(s).matches()) return new Target(number(field, s), null);
        return new Target(null, text(field, s, 500));
    }

    String text(String field, String raw, int max) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        if (s.length() > max) errors.put(field, "Högst " + max + " tecken (nu " + s.length() + ").");
        return s;
    }

    String required(String field, String raw, int max) {
        String s = text(field, raw, max);
        if (s == null) errors.put(field, "Måste fyllas i.");
        return s;
    }

    /** The version the user edited, for optimistic locking. */
    Long version(String raw) {
        try {
            return Long.valueOf(raw == null ? "" : raw.strip());
        } catch (NumberFormatException e) {
            errors.put("", "Formuläret saknar version. Ladda om sidan.");
            return null;
        }
    }

    void add(String field, String message) {
        errors.put(field, message);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) throw new SectionFormException(errors);
    }
}
