package se.arshjul.suppliers.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.Provider;
import se.arshjul.suppliers.registry.SupplierFixtures;
import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/**
 * Issue 14 point 3: six simultaneous posts of "start follow-up" for the same provider (a double
 * submit, as the probe sent them) against the running server start exactly one follow-up and one
 * process; every other request is refused with the Swedish message, none answers 500.
 */
class SupplierFollowupDoubleSubmitWebTest extends AppTestBase {
    static final int REQUESTS = 6;

    @Autowired SupplierFixtures fixtures;
    @Autowired SupplierFollowupService followups;

    @Test
    void aDoubleSubmittedStartStartsOneFollowupAndRefusesTheRestInSwedish() throws Exception {
        Agreement agreement = fixtures.agreement("Dubbelstartsavtal " + System.nanoTime(), "vuxen");
        Provider provider = fixtures.provider("Dubbelstart Omsorg AB (fiktiv) " + System.nanoTime());
        fixtures.join(agreement, provider, LocalDate.of(2024, 1, 1));
        String url = "/leverantorer/avtal/" + agreement.id() + "/uppfoljning";
        HttpSession bo = new HttpSession(baseUrl()).loggedInAs("bo", PASSWORD);
        String csrf = HttpSession.csrfTokenFrom(bo.get("/leverantorer/avtal/" + agreement.id()).body());
        Map<String, String> form = Map.of("_csrf", csrf, "providerId", String.valueOf(provider.id()), "requested", "Kvalitetsberättelse",
                "documentationDue", LocalDate.now().plusDays(20).toString(), "kind", "AVTALSUPPFOLJNING");

        List<HttpResponse<String>> responses = postAtOnce(bo, url, form);

        List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses).as("statuses " + statuses).doesNotContain(500).filteredOn(s -> s == 302).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 302).hasSize(REQUESTS - 1).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.body()).contains("Det finns redan en pågående uppföljning av " + provider.name() + " i avtalet.");
        });
        assertThat(followups.followupsOfAgreement(agreement.id())).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SupplierFollowupService.PROCESS_KEY)
                .variableValueEquals("agreementName", agreement.name()).count()).isEqualTo(1);
    }

    private static List<HttpResponse<String>> postAtOnce(HttpSession session, String url, Map<String, String> form) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return session.postForm(url, form);
                }));
            }
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) responses.add(f.get());
            return responses;
        } finally {
            pool.shutdown();
        }
    }
}
