package se.arshjul.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The shared input rules: numbers as the column keeps them, Unicode-aware texts, strict dates. */
class FormReaderTest {

    @Test
    void numbersTheColumnCannotKeepAreRefusedNotRounded() {
        FormReader r = new FormReader();
        assertThat(r.number("a", "-433 575")).isEqualByComparingTo("-433575");
        assertThat(r.number("b", "16,8")).isEqualByComparingTo("16.8");
        assertThat(r.number("c", "99999999999999999")).isNull();
        assertThat(r.number("d", "50.149")).isNull();
        assertThat(r.number("e", "1,23456")).isNull();
        assertThat(r.number("f", "1,50")).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(r.number("g", "NaN")).isNull();
        assertThat(r.errors().all()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("c", "validation.number.tooLarge"),
                org.assertj.core.groups.Tuple.tuple("d", "validation.number.decimals"),
                org.assertj.core.groups.Tuple.tuple("e", "validation.number.decimals"),
                org.assertj.core.groups.Tuple.tuple("g", "validation.number"));
    }

    @Test
    void invisibleOnlyTextIsEmptyAndLengthCountsCodePoints() {
        FormReader r = new FormReader();
        assertThat(r.required("name", "\u200b \u202e", 10)).isNull();
        assertThat(r.text("emoji", "😀".repeat(3), 3)).isEqualTo("😀😀😀");
        assertThat(r.text("long", "å".repeat(4), 3)).hasSize(4);
        assertThat(r.text("nfc", "a\u030a", 5)).isEqualTo("å");
        assertThat(r.errors().all()).extracting(FieldError::field).containsExactly("name", "long");
        assertThat(r.errors().all().get(1).args()).containsExactly(3, 4);
    }

    @Test
    void datesAreStrictWithFourDigitYearsAndBounds() {
        FormReader r = new FormReader();
        assertThat(r.date("a", "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(r.date("b", "2023-02-29")).isNull();
        assertThat(r.date("c", "+20000-01-01")).isNull();
        assertThat(r.date("d", "2026-12-24", null, LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(r.errors().all()).extracting(FieldError::code)
                .containsExactly("validation.date", "validation.date", "validation.date.notAfter");
    }

    @Test
    void fileNamesLoseBidiControls() {
        assertThat(Texts.fileName("invoice\u202efdp.txt")).isEqualTo("invoicefdp.txt");
    }
}
