package se.arshjul.validation;

import java.util.Comparator;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Bean Validation into the one error model: checks a form object's annotations and returns its
 * violations as {@link FieldErrors} (message keys from the bundle, with the same arguments
 * {@link FormReader} gives), to which the domain's cross-field rules are then added.
 */
@Component
public class FormValidator {
    private final Validator validator;

    public FormValidator(Validator validator) {
        this.validator = validator;
    }

    public FieldErrors check(Object form) {
        FieldErrors errors = new FieldErrors();
        validator.validate(form).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.reject(v.getPropertyPath().toString(), v.getMessageTemplate(), args(v)));
        return errors;
    }

    /** Checks the form and throws {@link InvalidInputException} at once when a field rule fails. */
    public void require(Object form) {
        check(form).throwIfAny();
    }

    private static Object[] args(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (violation.getMessageTemplate().equals("validation.maxLength")) {
            return new Object[] {attributes.get("value"), Texts.length(Texts.clean((String) violation.getInvalidValue()))};
        }
        if (violation.getMessageTemplate().startsWith("validation.number.")) {
            return new Object[] {attributes.get("integerDigits"), attributes.get("decimals")};
        }
        return new Object[0];
    }
}
