package se.arshjul.internalcontrol;

import se.arshjul.security.Units;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.arshjul.attachments.AttachmentOwner;
import se.arshjul.security.CurrentUser;

/**
 * Evidence of a control run ("Utför kontroll"): seen and changed by the control's ansvarig (its
 * group and person), the managers of that group (as for the run's escalation) and those who keep the internal control plan.
 */
@Component
class KontrolltillfalleAttachments implements AttachmentOwner {

    static final String TYPE = "kontrolltillfalle";

    private final KontrolltillfalleRepository runs;
    private final KontrollmomentRepository controls;
    private final InternalControlAccess access;
    private final Units units;

    KontrolltillfalleAttachments(KontrolltillfalleRepository runs, KontrollmomentRepository controls, InternalControlAccess access, Units units) {
        this.units = units;
        this.runs = runs;
        this.controls = controls;
        this.access = access;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean exists(long ownerId) {
        return runs.existsById(ownerId);
    }

    @Override
    public boolean canView(CurrentUser user, long ownerId) {
        return control(ownerId).map(c -> responsible(user, c)).orElse(false);
    }

    /** The control's people: ansvarig group or person, that group's managers, plan editors. */
    boolean responsible(CurrentUser user, Kontrollmoment c) {
        if (user == null) {
            return false;
        }
        if (access.canEdit(user) || user.id().equals(c.ansvarigPerson())) {
            return true;
        }
        String group = c.ansvarigGrupp();
        return group != null && !group.isBlank() && (user.isIn(group) || user.isIn(units.managerGroupOf(group)));
    }

    @Override
    public String pageUrl(long ownerId) {
        Kontrolltillfalle run = runs.findById(ownerId).orElseThrow();
        Kontrollmoment c = controls.findById(run.controlId()).orElseThrow();
        return "/internkontroll/" + c.planYear() + "/kontroller/" + c.id() + "#tillfalle-" + run.id();
    }

    private Optional<Kontrollmoment> control(long runId) {
        return runs.findById(runId).flatMap(r -> controls.findById(r.controlId()));
    }
}
