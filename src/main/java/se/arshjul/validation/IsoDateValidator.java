package se.arshjul.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class IsoDateValidator implements ConstraintValidator<IsoDate, String> {
    /** Four-digit years only: {@code +20000-01-01} is not a date anyone means. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Texts.isBlank(value) || parse(Texts.clean(value)) != null;
    }

    static LocalDate parse(String text) {
        if (text == null || text.length() != 10) return null;
        try {
            return LocalDate.parse(text, ISO);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
