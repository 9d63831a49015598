package se.arshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/**
 * Who reaches which page, through the real server (the Camunda webapps and the engine REST API are
 * not served by Spring MVC, so MockMvc cannot reach them).
 */
class AccessMatrixWebTest extends AppTestBase {

    static final String[] APP_PAGES = {"/", "/uppgifter", "/uppgifter?vy=grupp", "/notiser"};
    static final String[] CAMUNDA_PAGES = {"/camunda/app/cockpit/default/", "/camunda/app/admin/default/"};

    static Stream<Arguments> signedInUsers() {
        return Stream.of(
                Arguments.of("anna", false),     // handläggare
                Arguments.of("bo", false),       // handläggare, another unit
                Arguments.of("cecilia", false),  // chef
                Arguments.of("dan", false),      // förvaltningsledning
                Arguments.of("eva", false),      // nämndsekreterare
                Arguments.of("admin", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedInUsers")
    void signedInUsersReachTheApplicationAndOnlyAdminsTheCamundaWebapps(String user, boolean admin) {
        HttpSession session = new HttpSession(baseUrl()).loggedInAs(user, PASSWORD);
        for (String page : APP_PAGES) {
            HttpResponse<String> r = session.get(page);
            assertThat(r.statusCode()).as(user + " GET " + page).isEqualTo(200);
            assertThat(r.body()).as(page).contains("Årshjulet").contains("Logga ut");
        }
        for (String page : CAMUNDA_PAGES) {
            HttpResponse<String> r = session.get(page);
            if (admin) {
                assertThat(r.statusCode()).as(user + " GET " + page).isEqualTo(200);
                assertThat(r.body()).as(page).containsIgnoringCase("camunda");
            } else {
                assertThat(r.statusCode()).as(user + " GET " + page).isEqualTo(403);
                assertThat(r.body()).as(page).contains("Åtkomst nekad").contains("Du saknar behörighet");
            }
        }
        // The admin links in the menu are shown to admins only.
        assertThat(session.get("/").body().contains("/camunda/app/cockpit/default/")).as("Cockpit link for " + user).isEqualTo(admin);
    }

    @Test
    void anonymousUsersAreRedirectedToLoginEverywhereExceptTheRestApi() {
        HttpSession anonymous = new HttpSession(baseUrl());
        for (String page : Stream.concat(Stream.of(APP_PAGES), Stream.of(CAMUNDA_PAGES)).toList()) {
            HttpResponse<String> r = anonymous.get(page);
            assertThat(r.statusCode()).as("anonymous GET " + page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void engineRestNeedsBasicAuthOfAnAdmin() {
        HttpSession client = new HttpSession(baseUrl());
        HttpResponse<String> anonymous = client.get("/engine-rest/task");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));

        assertThat(client.getWithBasicAuth("/engine-rest/task", "ivar", "fel-losenord").statusCode()).isEqualTo(401);
        assertThat(client.getWithBasicAuth("/engine-rest/task", "anna", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(client.getWithBasicAuth("/engine-rest/task", "cecilia", PASSWORD).statusCode()).isEqualTo(403);

        startReview("VP-2023", "barn-unga", "Nämndmål REST");
        HttpResponse<String> admin = client.getWithBasicAuth("/engine-rest/task", "admin", PASSWORD);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).startsWith("[").contains("Skriv: Nämndmål REST");
    }

    @Test
    void errorsInTheRealServerAreSwedishPagesWithTheRightStatus() {
        HttpSession anna = new HttpSession(baseUrl()).loggedInAs("anna", PASSWORD);

        HttpResponse<String> missing = anna.get("/finns-inte");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Hittades inte").contains("Sidan finns inte.").doesNotContain("Exception");

        HttpResponse<String> task = anna.get("/uppgifter/finns-inte");
        assertThat(task.statusCode()).isEqualTo(404);
        assertThat(task.body()).contains("Uppgiften finns inte eller är redan avslutad.");

        HttpResponse<String> wrongMethod = anna.get("/notiser/las-alla");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("Åtgärden är inte tillåten här.");

        HttpResponse<String> badId = anna.postForm("/notiser/abc/oppna",
                java.util.Map.of("_csrf", HttpSession.csrfTokenFrom(anna.get("/notiser").body())));
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("Felaktigt värde i adressen");

        HttpResponse<String> home = anna.get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(h -> assertThat(h).contains("default-src 'self'"));
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    @Test
    void theStartPageShowsWhatEachRoleHasToDo() {
        var pi = startReview("VP-2023", "barn-unga", "Nämndmål start");
        HttpSession anna = new HttpSession(baseUrl()).loggedInAs("anna", PASSWORD);
        assertThat(anna.get("/").body()).containsPattern("Lediga uppgifter i dina grupper</h2>[\\s\\S]*Skriv: Nämndmål start")
                .doesNotContain("Väntar på ditt godkännande");
        submitSection(pi, "anna");
        HttpSession cecilia = new HttpSession(baseUrl()).loggedInAs("cecilia", PASSWORD);
        assertThat(cecilia.get("/").body()).containsPattern("Väntar på ditt godkännande</h2>[\\s\\S]*Granska: Nämndmål start");
        HttpSession kalle = new HttpSession(baseUrl()).loggedInAs("kalle", PASSWORD);
        assertThat(kalle.get("/").body()).contains("Väntar på ditt godkännande").doesNotContain("Nämndmål start");
    }

    @Test
    void engineRestStateChangesAreForAdminsOnlyAndARefusalChangesNothing() {
        var pi = startReview("VP-2023", "barn-unga", "Nämndmål REST-ändring");
        String taskId = currentTask(pi).getId();
        HttpSession client = new HttpSession(baseUrl());
        String claim = "/engine-rest/task/" + taskId + "/claim";
        for (String user : new String[] {"anna", "bo", "cecilia", "dan", "eva"}) {
            assertThat(client.postJsonWithBasicAuth(claim, "{\"userId\":\"" + user + "\"}", user, PASSWORD).statusCode())
                    .as("POST " + claim + " as " + user).isEqualTo(403);
        }
        assertThat(client.postForm(claim, Map.of("userId", "anna")).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(client.postJsonWithBasicAuth("/engine-rest/process-instance/" + pi.getId() + "/suspended", "{\"suspended\":true}",
                "cecilia", PASSWORD).statusCode()).isIn(403, 405);
        assertThat(task(taskId).getAssignee()).as("nothing claimed").isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).active().count()).isOne();

        assertThat(client.postJsonWithBasicAuth(claim, "{\"userId\":\"anna\"}", "admin", PASSWORD).statusCode()).isEqualTo(204);
        assertThat(task(taskId).getAssignee()).isEqualTo("anna");
    }

    @Test
    void aSessionLoginDoesNotOpenTheRestApi() {
        // The REST chain is stateless: a logged-in staff session cookie must not count there.
        HttpSession anna = new HttpSession(baseUrl()).loggedInAs("anna", PASSWORD);
        assertThat(anna.get("/engine-rest/task").statusCode()).isEqualTo(401);
    }
}
