package se.arshjul.modeler;

import se.arshjul.security.CurrentUser;
import se.arshjul.web.ForbiddenException;

/** Server-side check behind the URL rule: only the admin group may edit, deploy or migrate models. */
final class ModelAdminAccess {

    private ModelAdminAccess() {
    }

    static void requireAdmin(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new ForbiddenException("modeler.adminOnly");
        }
    }
}
