package se.arshjul.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Empty, or a number in Swedish format ({@link SwedishNumbers}) with at most the given digits (default: a NUMERIC(18,2) column). */
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = SwedishNumberValidator.class)
public @interface SwedishNumber {
    int integerDigits() default 16;
    int decimals() default 2;
    String message() default "validation.number";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
}
