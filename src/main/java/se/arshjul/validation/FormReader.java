package se.arshjul.validation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Reads the raw strings of a submitted form into values, recording each refusal in one
 * {@link FieldErrors} with the bundle's message keys. Used where fields are dynamic (table rows
 * such as {@code outcome.3}); fixed forms use Bean Validation with the same rules
 * ({@link Required}, {@link MaxLength}, {@link SwedishNumber}, {@link IsoDate}).
 */
public final class FormReader {
    private final FieldErrors errors;

    public FormReader() {
        this(new FieldErrors());
    }

    public FormReader(FieldErrors errors) {
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Cleaned text (see {@link Texts}), null when empty; longer than {@code max} characters is refused. */
    public String text(String field, String raw, int max) {
        String s = Texts.clean(raw);
        if (s != null && Texts.length(s) > max) errors.reject(field, "validation.maxLength", max, Texts.length(s));
        return s;
    }

    public String required(String field, String raw, int max) {
        String s = text(field, raw, max);
        if (s == null) errors.reject(field, "validation.required");
        return s;
    }

    /** A number in Swedish format that the column can keep; null when empty. */
    public BigDecimal number(String field, String raw, NumberColumn column) {
        if (Texts.isBlank(raw)) return null;
        BigDecimal value = SwedishNumbers.parse(Texts.clean(raw)).orElse(null);
        if (value == null) {
            errors.reject(field, "validation.number");
            return null;
        }
        String overflow = SwedishNumbers.overflow(value, column);
        if (overflow != null) {
            errors.reject(field, overflow, column.integerDigits(), column.decimals());
            return null;
        }
        return value;
    }

    public BigDecimal number(String field, String raw) {
        return number(field, raw, NumberColumn.AMOUNT);
    }

    /** A whole number between min and max (inclusive); null when empty. */
    public Integer whole(String field, String raw, int min, int max) {
        if (Texts.isBlank(raw)) return null;
        try {
            int value = Integer.parseInt(Texts.clean(raw).replace(" ", "").replace('\u2212', '-'));
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // refused below with the same message as an out-of-range number
        }
        errors.reject(field, "validation.wholeBetween", min, max);
        return null;
    }

    /** An ISO date (åååå-mm-dd) within [min, max] when those are given; null when empty. */
    public LocalDate date(String field, String raw, LocalDate min, LocalDate max) {
        if (Texts.isBlank(raw)) return null;
        LocalDate date = IsoDateValidator.parse(Texts.clean(raw));
        if (date == null) {
            errors.reject(field, "validation.date");
            return null;
        }
        if (min != null && date.isBefore(min)) errors.reject(field, "validation.date.notBefore", min.toString());
        if (max != null && date.isAfter(max)) errors.reject(field, "validation.date.notAfter", max.toString());
        return date;
    }

    public LocalDate date(String field, String raw) {
        return date(field, raw, null, null);
    }

    /** An enum constant by name; an unknown value is refused, empty gives null. */
    public <E extends Enum<E>> E choice(String field, String raw, Class<E> type) {
        if (Texts.isBlank(raw)) return null;
        try {
            return Enum.valueOf(type, Texts.clean(raw));
        } catch (IllegalArgumentException e) {
            errors.reject(field, "validation.choice");
            return null;
        }
    }

    /** The version the user edited, for optimistic locking; a form without one is refused. */
    public Long version(String raw) {
        try {
            return Long.valueOf(raw == null ? "" : raw.strip());
        } catch (NumberFormatException e) {
            errors.reject("", "validation.version");
            return null;
        }
    }

    public FormReader reject(String field, String code, Object... args) {
        errors.reject(field, code, args);
        return this;
    }

    public void throwIfAny() {
        errors.throwIfAny();
    }
}
