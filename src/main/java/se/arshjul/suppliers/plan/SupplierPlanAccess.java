package se.arshjul.suppliers.plan;

import org.springframework.stereotype.Component;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.web.ForbiddenException;
import se.arshjul.security.Units;

/**
 * Who may plan: a line of the plan by the managers of the line's agreement's unit (and
 * förvaltningsledning and administrators); copying or establishing (fastställa) the whole plan, which
 * covers every unit's lines, only by förvaltningsledning and administrators.
 */
@Component
public class SupplierPlanAccess {
    private final Units units;

    SupplierPlanAccess(Units units) {
        this.units = units;
    }

    public boolean canPlan(Agreement agreement, CurrentUser user) {
        return user.isAdmin() || user.isIn(Groups.MANAGEMENT) || user.isIn(Groups.managersOf(agreement.responsibleUnit()));
    }

    public boolean canEstablish(CurrentUser user) {
        return user.isAdmin() || user.isIn(Groups.MANAGEMENT);
    }

    void requirePlan(Agreement agreement, CurrentUser user) {
        if (!canPlan(agreement, user)) {
            throw new ForbiddenException("supplier.plan.forbidden.line", units.nameOf(agreement.responsibleUnit()));
        }
    }

    void requireEstablish(CurrentUser user) {
        if (!canEstablish(user)) {
            throw new ForbiddenException("supplier.plan.forbidden.whole");
        }
    }
}
