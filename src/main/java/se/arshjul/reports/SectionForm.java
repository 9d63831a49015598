package se.arshjul.reports;

import java.math.BigDecimal;
import java.util.Map;

import se.arshjul.validation.FormReader;
import se.arshjul.validation.NumberColumn;
import se.arshjul.validation.Texts;

/**
 * A posted report form read field by field: a field the POST did not send keeps its stored value (a
 * partial post never blanks what it did not show), a sent field is read with the one {@link FormReader}
 * (numbers limited to the NUMERIC(18,2) columns). The errors of all fields are collected before anything is saved.
 */
final class SectionForm {
    private final Map<String, String> params;
    private final FormReader reader = new FormReader();

    SectionForm(Map<String, String> params) {
        this.params = params;
    }

    boolean sent(String field) {
        return params.containsKey(field);
    }

    String text(String field, String current, int max) {
        return sent(field) ? reader.text(field, params.get(field), max) : current;
    }

    BigDecimal number(String field, BigDecimal current) {
        return sent(field) ? reader.number(field, params.get(field), NumberColumn.AMOUNT) : current;
    }

    /** The cleaned raw value (a code from a list), null when empty; the current one when not sent. */
    String code(String field, String current) {
        return sent(field) ? Texts.clean(params.get(field)) : current;
    }

    void reject(String field, String code, Object... args) {
        reader.reject(field, code, args);
    }

    boolean hasError(String field) {
        return reader.errors().has(field);
    }

    void throwIfAny() {
        reader.throwIfAny();
    }
}
