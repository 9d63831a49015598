package se.arshjul.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class MaxLengthValidator implements ConstraintValidator<MaxLength, String> {
    private int max;

    @Override
    public void initialize(MaxLength annotation) {
        max = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Texts.length(Texts.clean(value)) <= max;
    }
}
