package se.arshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/** Issue 14, point 7: the password policy holds in the engine, so Camunda Admin and /engine-rest get it too. */
class PasswordRulesWebTest extends AppTestBase {

    @AfterEach
    void removeUsers() {
        for (String id : new String[] {"policy-a", "policy-b", "policy-c", "policy-d", "policy-rest"}) {
            if (identityService.createUserQuery().userId(id).count() > 0) identityService.deleteUser(id);
        }
    }

    private User user(String id, String password) {
        User user = identityService.newUser(id);
        user.setFirstName("P");
        user.setLastName("Olicy");
        user.setPassword(password);
        return user;
    }

    @Test
    void shortCommonAndUserNamePasswordsAreRefusedAPassphraseIsAccepted() {
        assertThatThrownBy(() -> identityService.saveUser(user("policy-a", "a"))).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> identityService.saveUser(user("policy-b", "Password1234"))).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> identityService.saveUser(user("policy-c", "xx-policy-c-yy-zz"))).isInstanceOf(ProcessEngineException.class);
        identityService.saveUser(user("policy-d", "vinter ljus över sjön"));
        assertThat(identityService.checkPassword("policy-d", "vinter ljus över sjön")).isTrue();
        assertThat(identityService.createUserQuery().userIdIn("policy-a", "policy-b", "policy-c").count()).isZero();
    }

    @Test
    void theEngineRestRefusesAWeakPassword() {
        HttpSession admin = new HttpSession(baseUrl());
        String weak = "{\"profile\":{\"id\":\"policy-rest\",\"firstName\":\"R\",\"lastName\":\"Est\"},\"credentials\":{\"password\":\"a\"}}";
        HttpResponse<String> r = admin.postJsonWithBasicAuth("/engine-rest/user/create", weak, "admin", PASSWORD);
        // Camunda's REST maps the engine's policy refusal to its generic error status; what matters is that nothing was created
        assertThat(r.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(r.body()).containsIgnoringCase("password");
        assertThat(identityService.createUserQuery().userId("policy-rest").count()).isZero();
    }
}
