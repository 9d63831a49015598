package se.arshjul.suppliers.registry;

import org.springframework.stereotype.Component;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.web.ForbiddenException;
import se.arshjul.security.Units;

/**
 * Who may change what: the registry of providers is kept by staff and managers; an agreement
 * (its members and follow-ups) only by its responsible unit, its managers, förvaltningsledning
 * and administrators.
 */
@Component
public class SupplierAccess {
    private final Units units;

    SupplierAccess(Units units) {
        this.units = units;
    }

    public boolean canEditProviders(CurrentUser user) {
        return user.isIn(Groups.STAFF) || user.isManager();
    }

    public boolean canManage(Agreement agreement, CurrentUser user) {
        return canManageUnit(agreement.responsibleUnit(), user);
    }

    /** Creating an agreement for a unit: the same people who may manage it afterwards. */
    public boolean canManageUnit(String unit, CurrentUser user) {
        return user.isAdmin() || user.isIn(Groups.MANAGEMENT) || user.isIn(unit) || user.isIn(Groups.managersOf(unit));
    }

    public void requireProviderEditor(CurrentUser user) {
        if (!canEditProviders(user)) {
            throw new ForbiddenException("supplier.forbidden.providers");
        }
    }

    public void requireManage(Agreement agreement, CurrentUser user) {
        if (!canManage(agreement, user)) {
            throw new ForbiddenException("supplier.forbidden.agreement", units.nameOf(agreement.responsibleUnit()));
        }
    }
}
