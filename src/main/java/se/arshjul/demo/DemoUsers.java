package se.arshjul.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arshjul.security.Groups;

/**
 * The demo's users, all with the password {@value #DEMO_PASSWORD}: created only with the {@code demo}
 * profile (and in tests), after the groups exist. A production start with any of them still holding
 * the demo password is refused by {@link DemoPasswordGuard}.
 */
@Component
@Profile({"demo", "test"})
public class DemoUsers {
    public static final String DEMO_PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    public record DemoUser(String id, String first, String last, String title, List<String> groups) {}

    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("anna", "Anna", "Berg", "Utvecklingsledare, Barn och ungdom", List.of(Groups.STAFF, "barn-unga")),
            new DemoUser("bo", "Bo", "Lind", "Handläggare, Vuxen", List.of(Groups.STAFF, "vuxen")),
            new DemoUser("hanna", "Hanna", "Sjöberg", "Handläggare, Socialpsykiatri", List.of(Groups.STAFF, "socialpsykiatri")),
            new DemoUser("ivar", "Ivar", "Strand", "Controller, Stab", List.of(Groups.STAFF, "stab")),
            new DemoUser("fia", "Fia", "Nyström", "Ekonom", List.of(Groups.STAFF, "ekonomi")),
            new DemoUser("gustav", "Gustav", "Ek", "HR-konsult", List.of(Groups.STAFF, "hr")),
            new DemoUser("cecilia", "Cecilia", "Holm", "Sektionschef, Barn och ungdom", List.of(Groups.MANAGERS, "barn-unga", "barn-unga-chefer")),
            new DemoUser("kalle", "Kalle", "Wik", "Verksamhetschef, Vuxen och Socialpsykiatri", List.of(Groups.MANAGERS, "vuxen", "vuxen-chefer", "socialpsykiatri", "socialpsykiatri-chefer")),
            new DemoUser("lena", "Lena", "Falk", "Stabschef", List.of(Groups.MANAGERS, "stab", "stab-chefer", "ekonomi", "ekonomi-chefer", "hr", "hr-chefer")),
            new DemoUser("dan", "Dan", "Ahlström", "Socialdirektör", List.of(Groups.MANAGEMENT)),
            new DemoUser("eva", "Eva", "Sund", "Nämndsekreterare", List.of(Groups.SECRETARY)),
            new DemoUser("admin", "Alva", "Admin", "Systemförvaltare", List.of(Groups.ADMIN, Groups.CAMUNDA_ADMIN)));

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void seed() {
        DEMO_USERS.forEach(this::ensureUser);
    }

    private void ensureUser(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.first());
        user.setLastName(demo.last());
        user.setEmail(demo.id() + "@kommun.example");
        user.setPassword(DEMO_PASSWORD);
        // the documented demo password is shorter than PasswordRules allows: demo users only, so the policy is skipped here
        ((IdentityServiceImpl) identityService).saveUser(user, true);
        demo.groups().forEach(g -> identityService.createMembership(demo.id(), g));
        identityService.setUserInfo(demo.id(), "title", demo.title());
        log.info("Demo user created: {}", demo.id());
    }
}
