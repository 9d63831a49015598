package se.arshjul.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Authenticates against Camunda's identity store (ACT_ID_*, hashed passwords), so Camunda Admin
 * and the application share one set of users. Every Camunda group becomes a role {@code ROLE_<groupId>}.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginAttempts attempts;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginAttempts attempts) {
        this.identityService = identityService;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String source = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        attempts.checkAllowed(username, source);
        if (username.isEmpty() || !identityService.checkPassword(username, password)) {
            attempts.recordFailure(username, source);
            throw new BadCredentialsException("Bad credentials");
        }
        attempts.recordSuccess(username, source);
        return new UsernamePasswordAuthenticationToken(username, null, authoritiesOf(username));
    }

    List<GrantedAuthority> authoritiesOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .map(id -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + id))
                .toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
