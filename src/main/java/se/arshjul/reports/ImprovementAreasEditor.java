package se.arshjul.reports;

import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.web.ForbiddenException;
import se.arshjul.web.StaleEditException;

/**
 * The verksamhetsberättelse's förbättringsområden: förvaltningsledningen writes them while it compiles the
 * report, before it approves it; then they are locked with the report.
 */
@Service
public class ImprovementAreasEditor {
    static final int MAX_TEXT = 8000;

    private final FollowupReader reader;
    private final ImprovementAreasRepository repository;

    ImprovementAreasEditor(FollowupReader reader, ImprovementAreasRepository repository) {
        this.reader = reader;
        this.repository = repository;
    }

    /** Only the verksamhetsberättelse has förbättringsområden (seed 001). */
    public static boolean applies(FollowupReport report) {
        return report.docType() == DocumentType.VB;
    }

    public static boolean mayEdit(CurrentUser user) {
        return user.isIn(Groups.MANAGEMENT) || user.isAdmin();
    }

    /** Why nobody may change them now, if so. */
    public static Optional<String> editRefusal(FollowupReport report) {
        if (report.status() != ReportStatus.UNDER_ARBETE) {
            return Optional.of("Rapporten är " + report.status().label().toLowerCase(java.util.Locale.ROOT) + "; förbättringsområdena är låsta.");
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public ImprovementAreas of(long reportId) {
        return repository.findByReportId(reportId).orElse(ImprovementAreas.empty(reportId));
    }

    /** @throws SectionFormException for too long a text, ReportRuleException when locked or stale. */
    @Transactional
    public ImprovementAreas save(long reportId, String text, String version, CurrentUser user) {
        FollowupReport report = reader.report(reportId);
        if (!applies(report)) throw new ReportRuleException("Förbättringsområden skrivs bara i verksamhetsberättelsen.");
        if (!mayEdit(user)) throw new ForbiddenException("Förbättringsområdena skrivs av förvaltningsledningen.");
        editRefusal(report).ifPresent(reason -> {
            throw new ReportRuleException(reason);
        });
        String body = text == null || text.isBlank() ? null : text.strip();
        if (body != null && body.length() > MAX_TEXT) {
            throw new SectionFormException(java.util.Map.of("body", "Texten får vara högst " + MAX_TEXT + " tecken."));
        }
        ImprovementAreas current = of(reportId);
        try {
            // a first text has no version yet; otherwise the one the form was opened with
            Long expected = current.version() == null ? null : FollowupEditor.parseVersion(version, current.version());
            return repository.save(current.withBody(body, expected));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // stale version, or someone else saved the first text at the same time
            throw new StaleEditException(e);
        }
    }
}
