package se.arshjul.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/**
 * Uploads through the real server: a file over the servlet's 5 MB multipart limit is refused
 * before any controller runs, and the user still gets the Swedish message on the record's page
 * (not a CSRF 403 or a reset connection); a normal upload from the page's form works.
 */
class ControlRunEvidenceServerTest extends AppTestBase {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired KontrollmomentRepository controls;
    @Autowired KontrolltillfalleRepository runs;

    @Test
    void aFileAboveTheServletLimitGivesTheMessageOnTheRunsPageAndSavesNothing() {
        Kontrollmoment control = controls.save(new Kontrollmoment(null, 2072, "Servertest " + System.nanoTime(), "Underlag finns",
                "Enhetschef", "barn-unga", null, Kontrollmoment.Metod.TOTALUNDERSOKNING, null, Frequency.MONTHLY, null,
                "Socialnämnden", "Delår 2", false, null, null));
        Kontrolltillfalle run = runs.save(new Kontrolltillfalle(null, control.id(), LocalDate.of(2072, 3, 1), LocalDate.of(2072, 3, 31),
                "mars 2072", LocalDateTime.of(2072, 3, 31, 16, 0), null, Kontrolltillfalle.Status.PLANNED, null, null, null, null, null, null));
        String pagePath = "/internkontroll/2072/kontroller/" + control.id();
        HttpSession anna = new HttpSession(baseUrl()).loggedInAs("anna", PASSWORD);
        String page = anna.get(pagePath).body();
        String token = HttpSession.csrfTokenFrom(page);
        String action = "/bilagor/kontrolltillfalle/" + run.id();
        assertThat(page).contains("action=\"" + action + "?_csrf=");

        String upload = action + "?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> tooLarge = anna.postFile(upload, "file", "stor.pdf", "application/pdf",
                Arrays.copyOf(PDF, 5 * 1024 * 1024 + 100));
        assertThat(tooLarge.statusCode()).isEqualTo(302);
        assertThat(tooLarge.headers().firstValue("Location").orElse("")).endsWith(pagePath + "#tillfalle-" + run.id());
        assertThat(anna.get(pagePath).body()).contains("Bilagan sparades inte. Filen är för stor. En bilaga får vara högst 5 MB.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment WHERE owner_type = 'kontrolltillfalle' AND owner_id = ?",
                Long.class, run.id())).isZero();

        HttpResponse<String> ok = anna.postFile(upload, "file", "protokoll.pdf", "application/pdf", PDF);
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(anna.get(pagePath).body()).contains("Bilagan protokoll.pdf är sparad.").contains("protokoll.pdf");
        assertThat(anna.get("/bilagor/" + jdbc.queryForObject(
                "SELECT id FROM attachment WHERE owner_type = 'kontrolltillfalle' AND owner_id = ?", Long.class, run.id()))
                .headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
