package se.arshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/**
 * Issue 14, point 1: guessing slows down per user name and address with a doubling wait, never as a
 * lock others can cause; the state survives a restart (it is in the database); Basic auth on
 * /engine-rest counts the same way; the engine's own permanent lock is off.
 */
class LoginThrottlingWebTest extends AppTestBase {
    private static final String ATTACKER = "198.51.100.7";
    private static final String USER_DESK = "198.51.100.20";

    @Autowired LoginAttempts attempts;
    @Autowired Clock clock;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    @Test
    void anAttackerHammeringANameDoesNotLockTheUserOut() throws Exception {
        for (int i = 0; i < 8; i++) {
            mvc.perform(login("Hanna", "fel" + i, ATTACKER));
        }
        mvc.perform(login("hanna", PASSWORD, ATTACKER)).andExpect(redirectedUrl("/login?last"));
        mvc.perform(login("hanna", PASSWORD, USER_DESK)).andExpect(redirectedUrl("/"));
    }

    @Test
    void theWaitDoublesAndEndsWithoutAnAdmin() throws Exception {
        for (int i = 0; i < 12; i++) {
            attempts.recordFailure("fia", ATTACKER);
        }
        // the 12th failure waits 2 s × 2^7 = 256 s; a new LoginAttempts (a restarted node) reads the same state
        LoginAttempts restarted = new LoginAttempts(jdbc, clock);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> restarted.checkAllowed("FIA", ATTACKER)).isInstanceOf(LockedException.class);
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + LoginAttempts.wait(12).toMillis() + 1000));
        mvc.perform(login("fia", PASSWORD, ATTACKER)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_attempt WHERE user_key = 'fia'", Integer.class)).isZero();
    }

    @Test
    void engineRestBasicAuthIsThrottledTooAndTheEngineNeverLocksTheUser() {
        HttpSession client = new HttpSession(baseUrl());
        for (int i = 1; i <= 11; i++) {
            assertThat(client.getWithBasicAuth("/engine-rest/engine", "admin", "fel" + i).statusCode()).isEqualTo(401);
            if (i == 5) {
                // waiting now: even the right password is refused from this address, and refused tries do not count
                assertThat(client.getWithBasicAuth("/engine-rest/engine", "admin", PASSWORD).statusCode()).isEqualTo(401);
            }
            if (i >= 5) ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + LoginAttempts.wait(i).toMillis() + 1000));
        }
        assertThat(jdbc.queryForObject("SELECT failures FROM login_attempt WHERE user_key = 'admin' AND source = '127.0.0.1'", Integer.class))
                .isEqualTo(11);
        // eleven real failures: the engine's own lock (10 by default) would now refuse the right password for good
        assertThat(client.getWithBasicAuth("/engine-rest/engine", "admin", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void waitsDoubleFromTwoSecondsToAtMostFifteenMinutes() {
        assertThat(LoginAttempts.wait(5)).hasSeconds(2);
        assertThat(LoginAttempts.wait(6)).hasSeconds(4);
        assertThat(LoginAttempts.wait(40)).hasMinutes(15);
    }
}
