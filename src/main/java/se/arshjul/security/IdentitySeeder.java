package se.arshjul.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role and unit groups every installation needs and, when demo users are enabled,
 * the demo users (all with the password {@value #DEMO_PASSWORD}). Existing entries are left alone,
 * so changes made in Camunda Admin survive a restart.
 */
@Component
public class IdentitySeeder {
    public static final String DEMO_PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

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
    private final boolean demoUsers;

    public IdentitySeeder(IdentityService identityService, @Value("${arshjul.demo.users:false}") boolean demoUsers) {
        this.identityService = identityService;
        this.demoUsers = demoUsers;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void seed() {
        Groups.ROLES.forEach(this::ensureGroup);
        Groups.UNITS.forEach(this::ensureGroup);
        Groups.UNIT_MANAGERS.forEach(this::ensureGroup);
        if (demoUsers) {
            DEMO_USERS.forEach(this::ensureUser);
        }
    }

    private void ensureGroup(Groups.GroupDef def) {
        if (identityService.createGroupQuery().groupId(def.id()).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(def.id());
        group.setName(def.name());
        group.setType(def.type());
        identityService.saveGroup(group);
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
        ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
        demo.groups().forEach(g -> identityService.createMembership(demo.id(), g));
        identityService.setUserInfo(demo.id(), "title", demo.title());
        log.info("Demo user created: {}", demo.id());
    }
}
