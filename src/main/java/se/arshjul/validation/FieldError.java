package se.arshjul.validation;

import java.util.List;

/**
 * One refused input: the form field it belongs to ({@code ""} for the form as a whole), the message
 * key in the bundle and the key's arguments. The text is looked up when the page is rendered.
 */
public record FieldError(String field, String code, List<Object> args) {
    public FieldError {
        args = List.copyOf(args);
    }
}
