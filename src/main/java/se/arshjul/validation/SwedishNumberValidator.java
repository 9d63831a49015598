package se.arshjul.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Refuses with the same keys as {@link FormReader#number}: malformed, too large or too many decimals. */
class SwedishNumberValidator implements ConstraintValidator<SwedishNumber, String> {
    private NumberColumn column;

    @Override
    public void initialize(SwedishNumber annotation) {
        column = new NumberColumn(annotation.integerDigits(), annotation.decimals());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        FormReader reader = new FormReader();
        reader.number("", value, column);
        if (reader.errors().isEmpty()) return true;
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(reader.errors().all().get(0).code()).addConstraintViolation();
        return false;
    }
}
