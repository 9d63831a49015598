package se.arshjul.suppliers.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arshjul.support.IntegrationTest;
import se.arshjul.suppliers.followup.SupplierFollowup;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.followup.SupplierFollowupResult;

/** The registry's screens: validation messages next to fields with nothing saved, unit access, the pages rendering. */
@IntegrationTest
class SupplierWebTest {

    static final RequestPostProcessor BO = user("bo").roles("handlaggare", "vuxen");
    static final RequestPostProcessor ANNA = user("anna").roles("handlaggare", "barn-unga");

    @Autowired WebApplicationContext context;
    @Autowired SupplierFixtures fixtures;
    @Autowired ProviderRegistry providerRegistry;
    @Autowired AgreementRegistry agreementRegistry;
    @Autowired MembershipRegistry membershipRegistry;
    @Autowired SupplierFollowupService followups;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void invalidOrganisationsnummerIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        String name = "Felnummer Omsorg AB (fiktiv) " + System.nanoTime();
        String html = mvc.perform(post("/leverantorer/ny").with(BO).with(csrf())
                        .param("name", name).param("orgNr", "556036-0794").param("ivoPermit", "BEVILJAT"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.")
                .contains("Formuläret sparades inte").contains("value=\"" + name + "\"");
        assertThat(providerRegistry.providers(name, null, null, null, false)).isEmpty();

        mvc.perform(post("/leverantorer/ny").with(BO).with(csrf())
                        .param("name", "").param("orgNr", "12345").param("ivoPermit", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Måste fyllas i.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NNNNNN-NNNN (tio siffror)")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Välj ett av alternativen.")));
    }

    @Test
    void aValidProviderIsSavedAndItsPageShowsItsHistory() throws Exception {
        String name = "Giltig Omsorg AB (fiktiv) " + System.nanoTime();
        String orgNr = SupplierFixtures.uniqueOrgNr();
        mvc.perform(post("/leverantorer/ny").with(BO).with(csrf())
                        .param("name", name).param("orgNr", orgNr.replace("-", "")).param("ivoPermit", "BEVILJAT").param("ownOperation", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/leverantorer/*"));
        Provider p = providerRegistry.providers(name, null, null, null, false).get(0);
        assertThat(p.orgNr()).isEqualTo(orgNr);
        assertThat(p.ownOperation()).isTrue();

        Agreement a = fixtures.agreement("Webbtestavtal " + System.nanoTime(), "vuxen");
        fixtures.join(a, p, LocalDate.of(2024, 1, 1));
        followups.recordFinished(a.id(), p.id(), 2024, SupplierFollowupResult.EJ_GODKAND, LocalDate.of(2024, 5, 1), "ivar");
        mvc.perform(get("/leverantorer/" + p.id()).with(ANNA))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(a.name())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ej godkänd")));
        mvc.perform(get("/leverantorer").param("q", name).with(ANNA)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(orgNr)));
        mvc.perform(get("/leverantorer/avtal/" + a.id()).with(BO)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Starta uppföljning")));
        mvc.perform(get("/leverantorer/avtal").param("typ", "LOU_RAMAVTAL").param("sort", "antal").param("dir", "desc").with(BO))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(a.name())));
        mvc.perform(get("/leverantorer/rapport").param("ar", "2024").with(BO)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(a.name())));
    }

    @Test
    void staffOfAnotherUnitCannotChangeAnAgreement() throws Exception {
        Agreement a = fixtures.agreement("Vuxenavtal " + System.nanoTime(), "vuxen");
        Provider p = fixtures.provider("Behörighetstest AB (fiktiv) " + System.nanoTime());

        mvc.perform(post("/leverantorer/avtal/" + a.id() + "/redigera").with(ANNA).with(csrf())
                        .param("name", "Kapat namn").param("type", "LOV").param("area", "x").param("startDate", "2020-01-01")
                        .param("responsibleUnit", "barn-unga").param("version", String.valueOf(a.version())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/leverantorer/avtal/" + a.id() + "/utforare").with(ANNA).with(csrf())
                        .param("providerId", String.valueOf(p.id())).param("joinedOn", "2024-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/leverantorer/avtal/" + a.id() + "/redigera").with(ANNA)).andExpect(status().isForbidden());
        assertThat(agreementRegistry.agreement(a.id()).name()).isEqualTo(a.name());
        assertThat(membershipRegistry.membersOf(a.id())).isEmpty();

        // the responsible unit may
        mvc.perform(post("/leverantorer/avtal/" + a.id() + "/redigera").with(BO).with(csrf())
                        .param("name", a.name() + " (förlängt)").param("type", "LOU_RAMAVTAL").param("area", a.area())
                        .param("startDate", "2020-01-01").param("endDate", "2028-12-31")
                        .param("responsibleUnit", "vuxen").param("version", String.valueOf(a.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(agreementRegistry.agreement(a.id()).endDate()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired se.arshjul.security.EngineIdentityFilter engineIdentity;

    @Test
    void aFollowUpIsStartedFromTheAgreementAndWorkedOnTheTaskPage() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).addFilters(engineIdentity).build();
        Agreement a = fixtures.agreement("Uppgiftsavtal " + System.nanoTime(), "vuxen");
        Provider p = fixtures.provider("Uppgiftsutförare AB (fiktiv) " + System.nanoTime());
        fixtures.join(a, p, LocalDate.of(2024, 1, 1));

        mvc.perform(post("/leverantorer/avtal/" + a.id() + "/uppfoljning").with(BO).with(csrf())
                        .param("providerId", String.valueOf(p.id())).param("requested", "Kvalitetsberättelse")
                        .param("documentationDue", LocalDate.now().plusDays(10).toString()).param("deep", "true"))
                .andExpect(status().is3xxRedirection());
        SupplierFollowup f = followups.followupsOfAgreement(a.id()).get(0).followup();
        assertThat(f.deep()).isTrue();
        assertThat(f.businessKey()).isEqualTo("LU-" + LocalDate.now().getYear() + "-" + f.id());

        String docTask = taskService.createTaskQuery().processInstanceId(f.processInstanceId()).singleResult().getId();
        mvc.perform(get("/uppgifter/" + docTask).with(BO)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Inkomna handlingar")));
        mvc.perform(post("/uppgifter/" + docTask + "/slutfor").with(BO).with(csrf()).param("receivedDocuments", "Kvalitetsberättelse 2025"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/uppgifter*"));

        String reviewTask = taskService.createTaskQuery().processInstanceId(f.processInstanceId()).singleResult().getId();
        mvc.perform(get("/uppgifter/" + reviewTask).with(BO)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Systematiskt kvalitetsarbete")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hälso- och sjukvård")));
        var refused = mvc.perform(post("/uppgifter/" + reviewTask + "/slutfor").with(BO).with(csrf())
                        .param("systematisktKvalitetsarbete", "uppfyllt").param("bemanningKompetens", "uppfyllt").param("tillstand", "uppfyllt")
                        .param("avtalskrav", "uppfyllt").param("halsoSjukvard", "uppfyllt").param("dokumentation", "uppfyllt")
                        .param("result", "ej_godkand"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("errors").toString()).contains("minst ett område");
        assertThat(followups.followup(f.id()).result()).isNull();
        assertThat(taskService.createTaskQuery().taskId(reviewTask).singleResult()).isNotNull();
    }

    @Test
    void leavingNeedsAReasonFromTheListAndStartingAFollowUpIsValidated() throws Exception {
        Agreement a = fixtures.agreement("Lämnaavtal " + System.nanoTime(), "vuxen");
        Provider p = fixtures.provider("Lämnare AB (fiktiv) " + System.nanoTime());
        AgreementMember m = fixtures.join(a, p, LocalDate.of(2024, 1, 1));

        mvc.perform(post("/leverantorer/avtal/" + a.id() + "/utforare/" + m.id() + "/avsluta").with(BO).with(csrf())
                        .param("leftOn", "2024-06-30").param("leaveReason", "TRÖTT"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Välj ett av alternativen.")));
        assertThat(membershipRegistry.membersOf(a.id()).get(0).leftOn()).isNull();

        mvc.perform(post("/leverantorer/avtal/" + a.id() + "/uppfoljning").with(BO).with(csrf())
                        .param("providerId", String.valueOf(p.id())).param("requested", "").param("documentationDue", "2020-01-01"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Måste fyllas i.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Datumet kan inte vara före")));
        assertThat(followups.followupsOfAgreement(a.id())).isEmpty();

        mvc.perform(post("/leverantorer/avtal/" + a.id() + "/utforare/" + m.id() + "/avsluta").with(BO).with(csrf())
                        .param("leftOn", "2024-06-30").param("leaveReason", "KONKURS"))
                .andExpect(status().is3xxRedirection());
        AgreementMember ended = membershipRegistry.membersOf(a.id()).get(0);
        assertThat(ended.leftOn()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(ended.leaveReason()).isEqualTo("KONKURS");
    }
}
