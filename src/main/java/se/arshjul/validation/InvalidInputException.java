package se.arshjul.validation;

import java.util.stream.Collectors;

/**
 * The one "the form has errors" exception: thrown before anything is saved, carrying the field
 * errors. Editor pages catch it and render the form again with the messages next to the fields
 * ({@code se.arshjul.web.PageMessages}); anything else reaches {@code ErrorPages}, which sends the
 * user back to the page with the messages.
 */
public class InvalidInputException extends RuntimeException {
    private final transient FieldErrors errors;

    public InvalidInputException(FieldErrors errors) {
        super(errors.all().stream().map(e -> e.field() + ": " + e.code()).collect(Collectors.joining(", ")));
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
