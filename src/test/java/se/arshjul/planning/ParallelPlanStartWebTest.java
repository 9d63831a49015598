package se.arshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/** Issue 14, point 3: four users start the same plan year at once; one plan and one process, the others a Swedish message, no 500. */
class ParallelPlanStartWebTest extends AppTestBase {
    @Autowired PlanTestData testData;

    @Test
    void parallelStartsOfOneYearMakeOnePlan() throws Exception {
        testData.editableDraft();
        int year = testData.nextYear();
        List<HttpSession> sessions = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpSession dan = new HttpSession(baseUrl()).loggedInAs("dan", PASSWORD);
            sessions.add(dan);
            tokens.add(HttpSession.csrfTokenFrom(dan.get("/verksamhetsplan").body()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpSession s = sessions.get(i);
            String token = tokens.get(i);
            results.add(pool.submit((Callable<HttpResponse<String>>) () ->
                    s.postForm("/verksamhetsplan/starta", Map.of("year", String.valueOf(year), "_csrf", token))));
        }
        pool.shutdown();
        for (Future<HttpResponse<String>> r : results) {
            assertThat(r.get().statusCode()).isIn(302, 303, 409);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_document WHERE doc_type = 'VP' AND plan_year = ?", Integer.class, year))
                .isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("VP-" + year).processDefinitionKey("Verksamhetsplan").count())
                .isEqualTo(1);
    }
}
