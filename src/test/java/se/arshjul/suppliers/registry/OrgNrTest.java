package se.arshjul.suppliers.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgNrTest {

    @Test
    void validNumbersPassTheLuhnCheck() {
        assertThat(OrgNr.isValid("556036-0793")).isTrue();   // check digit 3
        assertThat(OrgNr.isValid("5560360793")).isTrue();
        assertThat(OrgNr.normalise("5560360793")).contains("556036-0793");
        assertThat(OrgNr.withCheckDigit("212000008")).isEqualTo("212000-0084");
    }

    @Test
    void wrongFormatOrCheckDigitGivesItsMessageKey() {
        assertThat(OrgNr.problem("556036-0794")).contains("supplier.orgNr.checkDigit");
        assertThat(OrgNr.problem("55603-60793")).contains("supplier.orgNr.format");
        assertThat(OrgNr.problem("abc")).isPresent();
        assertThat(OrgNr.problem(" ")).contains("validation.required");
    }
}
