package se.arshjul.planning;

import org.springframework.stereotype.Component;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.security.Units;
import se.arshjul.web.ForbiddenException;

/** Who may edit a section: its unit, the unit's managers, förvaltningsledningen and administrators. */
@Component
public class SectionAccess {
    private final Units units;

    SectionAccess(Units units) {
        this.units = units;
    }

    public boolean mayEdit(PlanSection section, CurrentUser user) {
        String unit = section.unitGroup();
        return user.isIn(unit) || user.isIn(Groups.managersOf(unit)) || user.isIn(Groups.MANAGEMENT) || user.isAdmin();
    }

    void requireEditor(PlanSection section, CurrentUser user) {
        if (!mayEdit(section, user)) {
            throw new ForbiddenException("plan.section.forbidden", units.nameOf(section.unitGroup()));
        }
    }
}
