package se.arshjul.planning;

import java.math.BigDecimal;

import se.arshjul.validation.SwedishNumbers;

/** An etappmål or målvärde: a number, or a text such as "Samma nivå som 2020". */
public record Target(BigDecimal value, String text) {
    public static final Target NONE = new Target(null, null);

    public String display() {
        if (value != null) return SwedishNumbers.format(value);
        return text == null ? "" : text;
    }
}
