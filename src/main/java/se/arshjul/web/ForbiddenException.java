package se.arshjul.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user is signed in but may not do this; the message is a bundle key with its arguments. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForbiddenException extends RuntimeException {
    private final transient List<Object> args;

    public ForbiddenException(String code, Object... args) {
        super(code);
        this.args = List.of(args);
    }

    public Object[] args() {
        return args.toArray();
    }
}
