package se.arshjul.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** At most {@link #value()} characters as people count them (code points, after {@link Texts#clean}); match the column. */
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = MaxLengthValidator.class)
public @interface MaxLength {
    int value();
    String message() default "validation.maxLength";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
}
