package se.arshjul.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwedishNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "16,8;16.8", "-433 575;-433575", "−2,5;-2.5", "1 234 567,89;1234567.89", "0;0", "12.5;12.5", "402236;402236"})
    void parsesSwedishNotation(String text, String expected) {
        assertThat(SwedishNumbers.parse(text)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12,3,4", "1 23", "--5", "5-", "1e5", "12 ,5"})
    void rejectsMalformedNumbers(String text) {
        assertThat(SwedishNumbers.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"-433575;-433 575", "16.8;16,8", "1000000;1 000 000"})
    void formatsWithSpacesAndDecimalComma(double value, String expected) {
        assertThat(SwedishNumbers.format(value)).isEqualTo(expected);
    }
}
