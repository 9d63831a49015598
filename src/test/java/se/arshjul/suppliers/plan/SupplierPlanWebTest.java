package se.arshjul.suppliers.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.support.IntegrationTest;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementMember;
import se.arshjul.suppliers.registry.Provider;
import se.arshjul.suppliers.registry.SupplierFixtures;
import se.arshjul.suppliers.registry.ProviderRegistry;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.MembershipRegistry;

/** The plan screen: Swedish validation with nothing saved, access for the agreement's unit managers only (403), sorting, placements flag. */
@IntegrationTest
class SupplierPlanWebTest {

    static final RequestPostProcessor KALLE = user("kalle").roles("chefer", "vuxen", "vuxen-chefer", "socialpsykiatri", "socialpsykiatri-chefer");
    static final RequestPostProcessor CECILIA = user("cecilia").roles("chefer", "barn-unga", "barn-unga-chefer");
    static final RequestPostProcessor BO = user("bo").roles("handlaggare", "vuxen");
    static final RequestPostProcessor DAN = user("dan").roles("forvaltningsledning");

    @Autowired WebApplicationContext context;
    @Autowired SupplierFixtures fixtures;
    @Autowired SupplierPlanReader plans;
    @Autowired SupplierPlanEditor planEditor;
    @Autowired SupplierPlanDecision planDecision;
    @Autowired ProviderRegistry providerRegistry;
    @Autowired AgreementRegistry agreementRegistry;
    @Autowired MembershipRegistry membershipRegistry;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void invalidLinesAreRefusedWithMessagesAndNothingIsSaved() throws Exception {
        Agreement a = fixtures.agreement("Webbplan " + System.nanoTime(), "vuxen");
        String html = mvc.perform(post("/leverantorer/plan/2061/rader").with(KALLE).with(csrf())
                        .param("agreementId", String.valueOf(a.id())).param("itemYear", "2065").param("kind", "")
                        .param("scope", "ALLA").param("period", "M13").param("note", "x".repeat(1001)))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Välj ett av planens år 2061–2063.", "Välj ett av alternativen.", "tecken (nu 1",
                "Formuläret sparades inte");
        assertThat(plans.items(2061, "ar", false, null)).noneMatch(r -> r.agreement().id().equals(a.id()));

        mvc.perform(post("/leverantorer/plan/2061/rader").with(KALLE).with(csrf())
                        .param("agreementId", String.valueOf(a.id())).param("itemYear", "2062").param("kind", "ENKAT")
                        .param("scope", "MED_PLACERINGAR").param("period", "Q3").param("note", "Enkät till utförarna"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/leverantorer/plan/2061"));
        assertThat(plans.items(2061, "ar", false, null)).filteredOn(r -> r.agreement().id().equals(a.id()))
                .extracting(r -> r.item().kind() + " " + r.item().period() + " " + r.item().itemYear()).containsExactly("ENKAT Q3 2062");

        String duplicate = mvc.perform(post("/leverantorer/plan/2061/rader").with(KALLE).with(csrf())
                        .param("agreementId", String.valueOf(a.id())).param("itemYear", "2062").param("kind", "ENKAT")
                        .param("scope", "ALLA").param("period", "Q3"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(duplicate).contains("Avtalet har redan samma uppföljningsform planerad 2062 i den perioden.");
        assertThat(plans.items(2061, "ar", false, null)).filteredOn(r -> r.agreement().id().equals(a.id())).hasSize(1);
    }

    @Test
    void linesOnlyByTheUnitsManagersManagementAndAdminsTheWholePlanOnlyByManagementAndAdmins() throws Exception {
        Agreement a = fixtures.agreement("Behörighetsplan " + System.nanoTime(), "vuxen");
        for (RequestPostProcessor who : new RequestPostProcessor[] {CECILIA, BO}) {
            mvc.perform(post("/leverantorer/plan/2062/rader").with(who).with(csrf())
                            .param("agreementId", String.valueOf(a.id())).param("itemYear", "2062").param("kind", "AVTALSUPPFOLJNING")
                            .param("scope", "ALLA").param("period", "M02"))
                    .andExpect(status().isForbidden());
        }
        assertThat(plans.items(2062, "ar", false, null)).noneMatch(r -> r.agreement().id().equals(a.id()));
        mvc.perform(post("/leverantorer/plan/2062/rader").with(DAN).with(csrf())
                        .param("agreementId", String.valueOf(a.id())).param("itemYear", "2062").param("kind", "AVTALSUPPFOLJNING")
                        .param("scope", "ALLA").param("period", "M02"))
                .andExpect(status().is3xxRedirection());
        long itemId = plans.items(2062, "ar", false, null).stream().filter(r -> r.agreement().id().equals(a.id())).findFirst().orElseThrow().item().id();
        mvc.perform(post("/leverantorer/plan/2062/rader/" + itemId + "/ta-bort").with(CECILIA).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/leverantorer/plan/2062/faststall").with(BO).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/leverantorer/plan/2062/kopiera").with(BO).with(csrf())).andExpect(status().isForbidden());
        // Unit managers plan their own lines but may not copy or establish the whole plan, which has every unit's lines.
        for (RequestPostProcessor manager : new RequestPostProcessor[] {KALLE, CECILIA}) {
            mvc.perform(post("/leverantorer/plan/2062/faststall").with(manager).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/leverantorer/plan/2062/kopiera").with(manager).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(plans.items(2063, "ar", false, null)).as("nothing copied").noneMatch(r -> r.agreement().id().equals(a.id()));
        assertThat(plans.plan(2062).orElseThrow().establishedAt()).isNull();
        mvc.perform(post("/leverantorer/plan/2062/rader").with(KALLE)
                        .param("agreementId", String.valueOf(a.id())).param("itemYear", "2062").param("kind", "DIALOG")
                        .param("scope", "ALLA").param("period", "M04"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/leverantorer/plan/2062/rader/" + itemId + "/ta-bort").with(KALLE).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(plans.items(2062, "ar", false, null)).noneMatch(r -> r.agreement().id().equals(a.id()));
    }

    @Test
    void thePlanPageSortsAndTheAgreementPageMarksPlacements() throws Exception {
        long n = System.nanoTime();
        Agreement first = fixtures.agreement("Aaa sorteringsavtal " + n, "vuxen");
        Agreement last = fixtures.agreement("Zzz sorteringsavtal " + n, "vuxen");
        planEditor.saveItem(2063, null, new SupplierPlanItemForm(String.valueOf(first.id()), "2063", "DIALOG", "ALLA", "Q4", ""), SupplierFixtures.ADMIN);
        planEditor.saveItem(2063, null, new SupplierPlanItemForm(String.valueOf(last.id()), "2063", "ENKAT", "ALLA", "M01", ""), SupplierFixtures.ADMIN);
        String asc = mvc.perform(get("/leverantorer/plan/2063").param("sort", "avtal").with(BO)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(asc.indexOf(first.name())).isPositive().isLessThan(asc.indexOf(last.name()));
        assertThat(asc).contains("Plan för uppföljning och insyn 2063–2065", "Planen är inte fastställd.").doesNotContain("Lägg till rad");
        String desc = mvc.perform(get("/leverantorer/plan/2063").param("sort", "avtal").param("dir", "desc").with(KALLE))
                .andReturn().getResponse().getContentAsString();
        assertThat(desc.indexOf(last.name())).isPositive().isLessThan(desc.indexOf(first.name()));
        assertThat(desc).contains("Lägg till rad");
        String byPeriod = mvc.perform(get("/leverantorer/plan/2063").param("sort", "period").with(KALLE))
                .andReturn().getResponse().getContentAsString();
        assertThat(byPeriod.indexOf(last.name())).as("januari before kvartal 4").isLessThan(byPeriod.indexOf(first.name()));

        mvc.perform(post("/leverantorer/plan/2063/faststall").with(DAN).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(plans.plan(2063).orElseThrow().establishedBy()).isEqualTo("dan");

        Provider p = fixtures.provider("Placeringsgården AB (fiktiv) " + n);
        AgreementMember m = fixtures.join(first, p, LocalDate.of(2021, 1, 1));
        mvc.perform(post("/leverantorer/avtal/" + first.id() + "/utforare/" + m.id() + "/placeringar").with(CECILIA).with(csrf())
                .param("hasPlacements", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/leverantorer/avtal/" + first.id() + "/utforare/" + m.id() + "/placeringar").with(KALLE).with(csrf())
                .param("hasPlacements", "true")).andExpect(status().is3xxRedirection());
        assertThat(membershipRegistry.membersOf(first.id())).singleElement().extracting(AgreementMember::hasPlacements).isEqualTo(true);
        assertThat(mvc.perform(get("/leverantorer/avtal/" + first.id()).with(KALLE)).andReturn().getResponse().getContentAsString())
                .contains("Ta bort markering", "Enkät");
    }
}
