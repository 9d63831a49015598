package se.arshjul.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.arshjul.validation.FieldError;
import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.InvalidInputException;

/**
 * The one way code reads the message bundle: a text by key ({@link #message}), a value list as select
 * options ({@link #options}), and a refused form's errors put on the page the way every template reads
 * them: {@code errors}, a map from field name to its Swedish message (the {@code fragments/form} fragments
 * show each next to its field and list them at the top), and the flash-style {@code error} summary line.
 */
@Component
public class PageMessages {
    private final MessageSource messages;

    public PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> resolve(FieldErrors errors) {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (FieldError e : errors.all()) resolved.putIfAbsent(e.field(), message(e));
        return resolved;
    }

    public String message(FieldError error) {
        return messages.getMessage(error.code(), error.args().toArray(), error.code(), LocaleContextHolder.getLocale());
    }

    public String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** An enum's constants as the options of a select: name → text of {@code key(constant)}, in order. */
    public <E extends Enum<E>> Map<String, String> options(E[] values, Function<E, String> key) {
        Map<String, String> options = new LinkedHashMap<>();
        for (E e : values) options.put(e.name(), message(key.apply(e)));
        return options;
    }

    /** The model for re-rendering a refused form: field messages plus the summary line. */
    public void addTo(Model model, InvalidInputException e) {
        model.addAttribute("errors", resolve(e.errors()));
        model.addAttribute("error", message("form.refused"));
    }

    /** The same, for a page rendered again in answer to the refused POST: 422 Unprocessable Entity. */
    public void rejected(Model model, InvalidInputException e, HttpServletResponse response) {
        addTo(model, e);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    }

    /** One line for a refusal shown after a redirect, where there is no field to put the message beside. */
    public String summary(FieldErrors errors) {
        return String.join(" ", resolve(errors).values());
    }
}
