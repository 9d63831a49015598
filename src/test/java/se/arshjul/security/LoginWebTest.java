package se.arshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

class LoginWebTest extends AppTestBase {

    @Test
    void loginWithTheRightPasswordSignsInWithTheUsersCamundaGroupsAsRoles() throws Exception {
        mvc.perform(formLogin("/login").user("anna").password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withAuthentication(auth -> {
                    assertThat(auth.getName()).isEqualTo("anna");
                    assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                            .containsExactlyInAnyOrder("ROLE_handlaggare", "ROLE_barn-unga");
                }));
    }

    @Test
    void wrongPasswordOrUnknownUserGoesBackToTheLoginPageWithASwedishMessage() throws Exception {
        // "hanna" is used by no other test: Camunda itself delays a user's next login after a failure.
        mvc.perform(formLogin("/login").user("hanna").password("fel-losenord"))
                .andExpect(redirectedUrl("/login?fel"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("finns-inte").password(PASSWORD))
                .andExpect(redirectedUrl("/login?fel"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("fel", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fel användarnamn eller lösenord.")));
    }

    @Test
    void aLinkFollowedBeforeLoginIsOpenedAfterLogin() throws Exception {
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(get("/notiser"))
                .andExpect(redirectedUrlPattern("**/login")).andReturn().getRequest().getSession();
        mvc.perform(post("/login").param("username", "bo").param("password", PASSWORD).with(csrf()).session(session))
                .andExpect(redirectedUrlPattern("**/notiser?continue"));
    }

    @Test
    void aCorrectPasswordRightAfterAWrongOneIsAccepted() throws Exception {
        mvc.perform(formLogin("/login").user("fia").password("fel")).andExpect(redirectedUrl("/login?fel"));
        mvc.perform(formLogin("/login").user("fia").password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "anna").param("password", PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void fiveFailuresLockTheUserNameEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("gustav").password("gissning" + i)).andExpect(redirectedUrl("/login?fel"));
        }
        mvc.perform(formLogin("/login").user("gustav").password(PASSWORD))
                .andExpect(redirectedUrl("/login?last"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("last", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("För många misslyckade inloggningar")));
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        for (String page : new String[] {"/", "/uppgifter", "/uppgifter/123", "/notiser"}) {
            mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        }
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void logoutNeedsCsrfAndThenEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(as("anna"))).andExpect(status().isForbidden());
        mvc.perform(logout()).andExpect(redirectedUrl("/login?utloggad"));
        mvc.perform(post("/logout").with(as("anna")).with(csrf())).andExpect(redirectedUrl("/login?utloggad"));

        // In the real server: the session that logged out is anonymous afterwards.
        HttpSession browser = new HttpSession(baseUrl()).loggedInAs("anna", PASSWORD);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Välkommen").contains(">anna<");
        HttpResponse<String> out = browser.postForm("/logout", java.util.Map.of("_csrf", HttpSession.csrfTokenFrom(home.body())));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?utloggad"));
        HttpResponse<String> after = browser.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
