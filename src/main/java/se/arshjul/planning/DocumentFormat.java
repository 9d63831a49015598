package se.arshjul.planning;

import java.util.Arrays;
import java.util.List;

import se.arshjul.validation.SwedishNumbers;

/** Formatting the plan's templates use (as {@code fmt}): Swedish numbers and paragraphs of stored text. */
public class DocumentFormat {

    public String number(Number value) {
        return SwedishNumbers.format(value);
    }

    public List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
