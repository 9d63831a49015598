package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.arshjul.security.CurrentUser;
import se.arshjul.web.ForbiddenException;

/**
 * Who may edit the internal control plan (risks, kontrollmoment) and record its decision:
 * administrators, förvaltningsledning and the stab (where the controller works), configurable
 * with {@code arshjul.internkontroll.editor-groups}. Everybody signed in may read it.
 */
@Component
public class InternalControlAccess {

    private final List<String> editorGroups;

    public InternalControlAccess(@Value("${arshjul.internkontroll.editor-groups:admin,forvaltningsledning,stab}") List<String> editorGroups) {
        this.editorGroups = List.copyOf(editorGroups);
    }

    public boolean canEdit(CurrentUser user) {
        return user != null && user.groups().stream().anyMatch(editorGroups::contains);
    }

    public void requireEditor(CurrentUser user) {
        if (!canEdit(user)) {
            throw new ForbiddenException("ic.access.editorsOnly");
        }
    }
}
