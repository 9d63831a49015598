package se.arshjul.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The engine's password policy, so it holds wherever a password is set: Camunda Admin, /engine-rest
 * and the application alike. A password has at least 12 characters (a passphrase of a few words is
 * the easy way), does not contain the user name, and is not one of the commonly used passwords in
 * {@code security/common-passwords.txt}.
 */
@Component
public class PasswordRules extends AbstractProcessEnginePlugin implements PasswordPolicy {
    static final int MIN_LENGTH = 12;

    private final Set<String> common;

    public PasswordRules() throws IOException {
        try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(this);
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(
                rule("PASSWORD_POLICY_LENGTH", Map.of("minLength", String.valueOf(MIN_LENGTH)),
                        (password, user) -> password.codePointCount(0, password.length()) >= MIN_LENGTH),
                rule("PASSWORD_POLICY_USER_DATA", Map.of(),
                        (password, user) -> user == null || user.getId() == null
                                || !password.toLowerCase(Locale.ROOT).contains(user.getId().toLowerCase(Locale.ROOT))),
                rule("PASSWORD_POLICY_COMMON", Map.of(), (password, user) -> !common.contains(password.toLowerCase(Locale.ROOT))));
    }

    private interface Check {
        boolean passes(String password, User user);
    }

    private static PasswordPolicyRule rule(String placeholder, Map<String, String> parameters, Check check) {
        return new PasswordPolicyRule() {
            @Override
            public String getPlaceholder() {
                return placeholder;
            }

            @Override
            public Map<String, String> getParameters() {
                return parameters;
            }

            @Override
            public boolean execute(String password) {
                return check.passes(password, null);
            }

            @Override
            public boolean execute(String password, User user) {
                return check.passes(password, user);
            }
        };
    }
}
