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
    void wrongFormatOrCheckDigitGivesASwedishMessage() {
        assertThat(OrgNr.problem("556036-0794")).contains("Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.");
        assertThat(OrgNr.problem("55603-60793")).contains("Organisationsnumret ska skrivas som NNNNNN-NNNN (tio siffror).");
        assertThat(OrgNr.problem("abc")).isPresent();
        assertThat(OrgNr.problem(" ")).contains("Ange organisationsnummer.");
    }
}
