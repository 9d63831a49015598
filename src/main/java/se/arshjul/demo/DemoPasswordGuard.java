package se.arshjul.demo;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile no account may still have the demo's published password: a database that
 * once ran the demo must not go into production with known passwords. The start fails with the fix.
 */
@Component
@Profile("!demo & !test")
class DemoPasswordGuard {
    private final IdentityService identityService;

    DemoPasswordGuard(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void refuseDemoPasswords() {
        for (DemoUsers.DemoUser user : DemoUsers.DEMO_USERS) {
            if (identityService.createUserQuery().userId(user.id()).count() > 0
                    && identityService.checkPassword(user.id(), DemoUsers.DEMO_PASSWORD)) {
                throw new IllegalStateException("The user '" + user.id() + "' still has the demo password. Outside the demo profile "
                        + "that is refused: change or delete the demo users in Camunda Admin (or start with --spring.profiles.active=demo "
                        + "on a demo database).");
            }
        }
    }
}
