package se.arshjul.suppliers.followup;

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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.support.IntegrationTest;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.Provider;
import se.arshjul.suppliers.registry.SupplierFixtures;

/** Documents received in a follow-up's documentation step: attached and listed on the provider page, only for the agreement's unit. */
@IntegrationTest
class SupplierFollowupDocumentsWebTest {

    static final RequestPostProcessor BO = user("bo").roles("handlaggare", "vuxen");
    static final RequestPostProcessor ANNA = user("anna").roles("handlaggare", "barn-unga");
    /** A zip container's first bytes, as every docx/xlsx starts. */
    static final byte[] DOCX = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};

    @Autowired WebApplicationContext context;
    @Autowired SupplierFixtures fixtures;
    @Autowired SupplierFollowupService followups;
    @Autowired JdbcTemplate jdbc;
    MockMvc mvc;
    Provider provider;
    SupplierFollowup followup;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        provider = fixtures.provider("Bilageomsorg AB (fiktiv) " + System.nanoTime());
        Agreement a = fixtures.agreement("Bilagetestavtal " + System.nanoTime(), "vuxen");
        fixtures.join(a, provider, LocalDate.of(2024, 1, 1));
        followup = followups.recordFinished(a.id(), provider.id(), 2024, SupplierFollowupResult.GODKAND, LocalDate.of(2024, 5, 1), "bo");
    }

    Long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM attachment WHERE owner_type = ? AND owner_id = ?", Long.class,
                SupplierFollowupAttachments.TYPE, followup.id());
    }

    @Test
    void theUnitAttachesReceivedDocumentsAndTheProviderPageListsThem() throws Exception {
        MvcResult r = mvc.perform(multipart("/bilagor/{t}/{id}", SupplierFollowupAttachments.TYPE, followup.id())
                .file(new MockMultipartFile("file", "Bemanningsplan.docx", "application/msword", DOCX)).with(BO).with(csrf())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/leverantorer/" + provider.id() + "#uppfoljning-" + followup.id());
        assertThat(stored()).isEqualTo(1);
        long id = jdbc.queryForObject("SELECT id FROM attachment WHERE owner_type = ? AND owner_id = ?", Long.class,
                SupplierFollowupAttachments.TYPE, followup.id());

        String page = mvc.perform(get("/leverantorer/{id}", provider.id()).with(BO)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Inkomna dokument").contains("Bemanningsplan.docx").contains("/bilagor/" + id);
        byte[] back = mvc.perform(get("/bilagor/{id}", id).with(BO)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(DOCX);

        // another unit's staff sees the provider but not the documents, and may not touch them
        String other = mvc.perform(get("/leverantorer/{id}", provider.id()).with(ANNA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).doesNotContain("Bemanningsplan.docx").doesNotContain("Inkomna dokument");
        mvc.perform(get("/bilagor/{id}", id).with(ANNA)).andExpect(status().isForbidden());
        mvc.perform(post("/bilagor/{id}/ta-bort", id).with(ANNA).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/bilagor/{t}/{id}", SupplierFollowupAttachments.TYPE, followup.id())
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.7".getBytes())).with(ANNA).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aSpreadsheetThatIsNotAZipIsRefused() throws Exception {
        MvcResult r = mvc.perform(multipart("/bilagor/{t}/{id}", SupplierFollowupAttachments.TYPE, followup.id())
                .file(new MockMultipartFile("file", "lista.xlsx", "application/vnd.ms-excel", "a;b;c\n1;2;3".getBytes())).with(BO).with(csrf()))
                .andReturn();
        assertThat(r.getFlashMap().get("error")).isEqualTo("Bilagan sparades inte. Innehållet i lista.xlsx stämmer inte med filtypen .xlsx.");
        assertThat(stored()).isZero();
    }
}
