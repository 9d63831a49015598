package se.arshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/** Session fixation and the security headers, through the real server. */
class SessionAndHeadersWebTest extends AppTestBase {

    @Test
    void theSessionIdChangesAtLoginAndTheOldIdIsWorthNothing() {
        HttpSession browser = new HttpSession(baseUrl());
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        String before = browser.sessionId().orElseThrow(() -> new AssertionError("the login page starts a session (CSRF token)"));

        browser.loggedInAs("lena", PASSWORD); // a user no test gives a wrong password (Camunda delays the next login after one)
        String after = browser.sessionId().orElseThrow();
        assertThat(after).as("session id after login").isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        // An attacker who planted the pre-login id does not get the signed-in session.
        HttpResponse<String> planted = new HttpSession(baseUrl()).getWithCookie("/", "JSESSIONID=" + before);
        assertThat(planted.statusCode()).isEqualTo(302);
        assertThat(planted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void everyKindOfPageCarriesCspFrameAndNosniffHeaders() {
        HttpSession anna = new HttpSession(baseUrl()).loggedInAs("anna", PASSWORD);
        HttpSession anonymous = new HttpSession(baseUrl());
        List<HttpResponse<String>> pages = List.of(anonymous.get("/login"), anna.get("/"), anna.get("/uppgifter"), anna.get("/verksamhetsplan"),
                anna.get("/leverantorer"), anna.get("/admin/modeller"), anna.get("/finns-inte"), anna.get("/uppgifter/finns-inte"));
        for (HttpResponse<String> page : pages) {
            String what = page.request().uri().getPath() + " (" + page.statusCode() + ")";
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "form-action 'self'")
                    .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(page.headers().firstValue("X-Frame-Options")).as(what).hasValue("SAMEORIGIN");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(page.headers().firstValue("Cache-Control")).as(what).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        }
        assertThat(pages.get(5).statusCode()).as("admin page for staff").isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnly() {
        HttpSession browser = new HttpSession(baseUrl());
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));
    }
}
