package se.arshjul.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The errors of one submitted form, collected while it is read and checked; nothing is saved
 * while any exist ({@link #throwIfAny()}). Bean Validation's violations and the domain's
 * cross-field rules land here alike (see {@link FormValidator}), so pages show them one way.
 */
public final class FieldErrors {
    private final List<FieldError> errors = new ArrayList<>();

    /** Records an error unless the field already has one (the first problem is the one to fix). */
    public FieldErrors reject(String field, String code, Object... args) {
        if (!has(field)) errors.add(new FieldError(field, code, Arrays.asList(args)));
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> all() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!isEmpty()) throw new InvalidInputException(this);
    }

    /** A refusal of one field, thrown at once. */
    public static InvalidInputException single(String field, String code, Object... args) {
        return new InvalidInputException(new FieldErrors().reject(field, code, args));
    }
}
