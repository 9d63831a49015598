package se.arshjul.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import se.arshjul.validation.FieldError;
import se.arshjul.validation.InvalidInputException;

/** File names that could disguise their type, and the refusals' message keys. */
class FileRulesTest {

    @Test
    void bidiControlsAndInvisibleCharactersAreStrippedSoTheExtensionIsTheRealOne() {
        // U+202E (right-to-left override) reverses what follows on screen; without it the real extension shows.
        assertThat(FileRules.safeName("rapport\u202Eexe.pdf")).isEqualTo("rapportexe.pdf");
        assertThat(FileRules.safeName("\u2066intyg\u2069\u200B.pdf")).isEqualTo("intyg.pdf");
        assertThat(FileRules.safeName("\uFEFFStickprov mars åäö.pdf")).isEqualTo("Stickprov mars åäö.pdf");
        assertThat(FileRules.safeName("\u202E")).isEqualTo("bilaga");
        assertThat(FileRules.extension(FileRules.safeName("faktura\u202Efdp.txt"))).isEqualTo("txt");
    }

    @Test
    void aPathAndHeaderCharactersDoNotSurvive() {
        assertThat(FileRules.safeName("..\\..\\C:\\temp\\\"rapport\";\r\n.txt")).isEqualTo("_rapport__.txt");
        assertThat(FileRules.safeName("/etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void refusalsNameTheFieldAndTheRule() {
        assertThatThrownBy(() -> FileRules.check("tom.txt", new byte[0])).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().all()).containsExactly(new FieldError("file", "attachment.file.empty", java.util.List.of("tom.txt"))));
        assertThatThrownBy(() -> FileRules.check("bild.pdf", "inte en pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().all()).extracting(FieldError::code)
                        .containsExactly("attachment.file.content"));
        assertThat(FileRules.check("intyg.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))).isEqualTo("application/pdf");
    }
}
