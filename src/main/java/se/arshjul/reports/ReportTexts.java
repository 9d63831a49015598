package se.arshjul.reports;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The bundle's texts where the reports feature writes them outside a page: names of the sections it
 * creates, chart captions, and refusals handed to the engine or the cycle as plain text.
 */
@Component
class ReportTexts {
    private final MessageSource messages;

    ReportTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
