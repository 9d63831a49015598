package se.arshjul.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Empty, or a real calendar date written åååå-mm-dd with a four-digit year. */
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = IsoDateValidator.class)
public @interface IsoDate {
    String message() default "validation.date";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
}
