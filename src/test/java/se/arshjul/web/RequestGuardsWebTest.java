package se.arshjul.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/** Refusals before the controllers: odd paths, too-large forms and issue 14, point 7. */
class RequestGuardsWebTest extends AppTestBase {

    @Test
    void oddPathsAnswer400WithTheSwedishPage() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/engine-rest;x=1/engine", "/./engine-rest/engine", "/uppgifter;jsessionid=x"}) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("Felaktig begäran").doesNotContain("Exception");
        }
    }

    @Test
    void aFormBodyOverTheLimitGetsASizeMessageAndKeepsTheSession() {
        HttpSession anna = new HttpSession(baseUrl()).loggedInAs("anna", PASSWORD);
        HttpResponse<String> r = anna.postForm("/notiser/lasta", Map.of("text", "a".repeat(3 * 1024 * 1024)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Formuläret är för stort");
        assertThat(anna.get("/uppgifter").statusCode()).isEqualTo(200);
    }
}
