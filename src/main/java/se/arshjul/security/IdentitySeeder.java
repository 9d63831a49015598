package se.arshjul.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role and unit groups every installation needs (users come from Camunda Admin, or the
 * demo profile's {@code demo/DemoUsers}). Existing groups are left alone, so changes made in Camunda
 * Admin survive a restart.
 */
@Component
public class IdentitySeeder {
    private final IdentityService identityService;
    private final Units units;

    public IdentitySeeder(IdentityService identityService, Units units) {
        this.identityService = identityService;
        this.units = units;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void seed() {
        Groups.ROLES.forEach(id -> ensureGroup(id, id.equals(Groups.CAMUNDA_ADMIN) ? "SYSTEM" : Groups.TYPE_ROLE));
        for (Units.Unit unit : units.all()) {
            ensureGroup(unit.id(), Groups.TYPE_UNIT);
            ensureGroup(Groups.managersOf(unit.id()), Groups.TYPE_UNIT);
        }
    }

    private void ensureGroup(String id, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(units.nameOf(id));
        group.setType(type);
        identityService.saveGroup(group);
    }
}
