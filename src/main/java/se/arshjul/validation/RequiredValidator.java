package se.arshjul.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class RequiredValidator implements ConstraintValidator<Required, Object> {
    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        return value != null && !(value instanceof String s && Texts.isBlank(s));
    }
}
