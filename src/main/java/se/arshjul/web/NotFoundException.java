package se.arshjul.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Something the user asked for does not exist (or is not theirs to see); the message is a bundle key with its arguments. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {
    private final transient List<Object> args;

    public NotFoundException(String code, Object... args) {
        super(code);
        this.args = List.of(args);
    }

    public Object[] args() {
        return args.toArray();
    }
}
