package se.arshjul.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.support.IntegrationTest;

/**
 * Evidence on a control run ("Utför kontroll") through the shared attachments feature: round trip
 * of the bytes on the test database (H2, or PostgreSQL in the pom's second run), refusals with a
 * Swedish message and nothing saved, the owner's access rules and CSRF.
 */
@IntegrationTest
class ControlRunEvidenceWebTest {

    static final RequestPostProcessor ANNA = user("anna").roles("handlaggare", "barn-unga");
    static final RequestPostProcessor CECILIA = user("cecilia").roles("chefer", "barn-unga", "barn-unga-chefer");
    static final RequestPostProcessor BO = user("bo").roles("handlaggare", "vuxen");
    static final RequestPostProcessor KALLE = user("kalle").roles("chefer", "vuxen", "vuxen-chefer");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired WebApplicationContext context;
    @Autowired KontrollmomentRepository controls;
    @Autowired KontrolltillfalleRepository runs;
    @Autowired JdbcTemplate jdbc;
    MockMvc mvc;
    Kontrollmoment control;
    Kontrolltillfalle run;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        control = controls.save(new Kontrollmoment(null, 2071, "Bilagetest " + System.nanoTime(), "Att underlag finns", "Enhetschef",
                "barn-unga", null, Kontrollmoment.Metod.TOTALUNDERSOKNING, null, Frequency.MONTHLY, null, "Socialnämnden",
                "Delår 2", false, null, null));
        run = runs.save(new Kontrolltillfalle(null, control.id(), LocalDate.of(2071, 3, 1), LocalDate.of(2071, 3, 31), "mars 2071",
                LocalDateTime.of(2071, 3, 31, 16, 0), null, Kontrolltillfalle.Status.PLANNED, null, null, null, null, null, null));
    }

    String uploadUrl() {
        return "/bilagor/" + KontrolltillfalleAttachments.TYPE + "/" + run.id();
    }

    Long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM attachment WHERE owner_type = ? AND owner_id = ?", Long.class,
                KontrolltillfalleAttachments.TYPE, run.id());
    }

    long onlyAttachmentId() {
        return jdbc.queryForObject("SELECT id FROM attachment WHERE owner_type = ? AND owner_id = ?", Long.class,
                KontrolltillfalleAttachments.TYPE, run.id());
    }

    MvcResult upload(RequestPostProcessor who, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart(uploadUrl()).file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(who).with(csrf())).andReturn();
    }

    String controlPage(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/internkontroll/{y}/kontroller/{id}", 2071, control.id()).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAnsvarigUploadsEvidenceAndTheManagerDownloadsTheSameBytes() throws Exception {
        byte[] pdf = Arrays.copyOf(PDF, 300_000);
        MvcResult r = upload(ANNA, "Stickprov mars åäö.pdf", pdf);
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl())
                .isEqualTo("/internkontroll/2071/kontroller/" + control.id() + "#tillfalle-" + run.id());
        assertThat(r.getFlashMap().get("success")).isEqualTo("Bilagan Stickprov mars åäö.pdf är sparad.");
        assertThat(stored()).isEqualTo(1);
        long id = onlyAttachmentId();

        assertThat(controlPage(CECILIA)).contains("Stickprov mars åäö.pdf").contains("/bilagor/" + id)
                .contains("data-confirm=\"Ta bort bilagan Stickprov mars åäö.pdf?\"");

        MockHttpServletResponse download = mvc.perform(get("/bilagor/{id}", id).with(CECILIA))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''Stickprov%20mars%20%C3%A5%C3%A4%C3%B6.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        MvcResult deleted = mvc.perform(post("/bilagor/{id}/ta-bort", id).with(ANNA).with(csrf())).andReturn();
        assertThat(deleted.getResponse().getStatus()).isEqualTo(302);
        assertThat(deleted.getFlashMap().get("success")).isEqualTo("Bilagan Stickprov mars åäö.pdf är borttagen.");
        assertThat(stored()).isZero();
        mvc.perform(get("/bilagor/{id}", id).with(CECILIA)).andExpect(status().isNotFound());
    }

    @Test
    void aFileNameWithAPathOrHeaderCharactersIsStoredSafely() throws Exception {
        upload(ANNA, "..\\..\\C:\\temp\\\"rapport\";\r\n.txt", "Kontrollerat 12 ärenden.".getBytes(StandardCharsets.UTF_8));
        String name = jdbc.queryForObject("SELECT file_name FROM attachment WHERE id = ?", String.class, onlyAttachmentId());
        assertThat(name).as("path gone, quotes and ; replaced, CR/LF dropped").isEqualTo("_rapport__.txt");
        MockHttpServletResponse download = mvc.perform(get("/bilagor/{id}", onlyAttachmentId()).with(ANNA)).andReturn().getResponse();
        assertThat(download.getContentType()).startsWith("text/plain");
        assertThat(download.getHeader("Content-Disposition")).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void tooLargeOrWrongTypeFilesAreRefusedWithAMessageAndNothingIsSaved() throws Exception {
        MvcResult tooLarge = upload(ANNA, "stor.pdf", Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1));
        assertThat(tooLarge.getFlashMap().get("error"))
                .isEqualTo("Bilagan sparades inte. Filen stor.pdf är för stor. En bilaga får vara högst 5 MB.");
        MvcResult exe = upload(ANNA, "program.exe", new byte[] {'M', 'Z', 1, 2});
        assertThat(exe.getFlashMap().get("error"))
                .isEqualTo("Bilagan sparades inte. Filtypen är inte tillåten. Bifoga pdf, docx, xlsx, png, jpg eller txt.");
        MvcResult disguised = upload(ANNA, "bild.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0});
        assertThat(disguised.getFlashMap().get("error")).isEqualTo("Bilagan sparades inte. Innehållet i bild.pdf stämmer inte med filtypen .pdf.");
        MvcResult empty = upload(ANNA, "tom.txt", new byte[0]);
        assertThat(empty.getFlashMap().get("error")).isEqualTo("Bilagan sparades inte. Filen tom.txt är tom.");
        assertThat(stored()).isZero();

        // exactly 5 MB is allowed
        upload(ANNA, "precis.pdf", Arrays.copyOf(PDF, 5 * 1024 * 1024));
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void anotherUnitsStaffAndManagersGet403OnUploadDownloadAndDelete() throws Exception {
        upload(ANNA, "underlag.txt", "ok".getBytes(StandardCharsets.UTF_8));
        long id = onlyAttachmentId();
        for (RequestPostProcessor other : new RequestPostProcessor[] {BO, KALLE}) {
            mvc.perform(multipart(uploadUrl()).file(new MockMultipartFile("file", "x.txt", "text/plain", "x".getBytes()))
                    .with(other).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/bilagor/{id}", id).with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/bilagor/{id}/ta-bort", id).with(other).with(csrf())).andExpect(status().isForbidden());
            assertThat(controlPage(other)).doesNotContain("underlag.txt").doesNotContain("Bifoga fil");
        }
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void uploadAndDeleteRequireTheCsrfToken() throws Exception {
        mvc.perform(multipart(uploadUrl()).file(new MockMultipartFile("file", "a.txt", "text/plain", "a".getBytes())).with(ANNA))
                .andExpect(status().isForbidden());
        assertThat(stored()).isZero();
        upload(ANNA, "a.txt", "a".getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/bilagor/{id}/ta-bort", onlyAttachmentId()).with(ANNA)).andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void unknownOwnersAreNotFound() throws Exception {
        mvc.perform(multipart("/bilagor/" + KontrolltillfalleAttachments.TYPE + "/" + Long.MAX_VALUE)
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", "a".getBytes())).with(ANNA).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/bilagor/okand-typ/" + run.id())
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", "a".getBytes())).with(ANNA).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(stored()).isZero();
    }
}
