package se.arshjul.reports;

import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.FormReader;
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

    /** Why nobody may change them now, as a message key ({@code report.improvements.locked.<status>}), if so. */
    public static Optional<String> editRefusal(FollowupReport report) {
        if (report.status() != ReportStatus.UNDER_ARBETE) return Optional.of("report.improvements.locked." + report.status().name());
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public ImprovementAreas of(long reportId) {
        return repository.findByReportId(reportId).orElse(ImprovementAreas.empty(reportId));
    }

    /**
     * Saves the text the form was opened with at {@code version} ({@code ""} before the first text). A text
     * the post did not send ({@code null}) keeps the saved one.
     *
     * @throws se.arshjul.validation.InvalidInputException for too long a text, ActionRefusedException when locked,
     *         StaleEditException when stale or posted without a version
     */
    @Transactional
    public ImprovementAreas save(long reportId, String text, String version, CurrentUser user) {
        FollowupReport report = reader.report(reportId);
        if (!applies(report)) throw new ActionRefusedException("report.improvements.onlyVb");
        if (!mayEdit(user)) throw new ForbiddenException("report.improvements.forbidden");
        editRefusal(report).ifPresent(code -> {
            throw new ActionRefusedException(code);
        });
        ImprovementAreas current = of(reportId);
        Long expected = expectedVersion(version, current);
        FormReader form = new FormReader();
        String body = text == null ? current.body() : form.text("body", text, MAX_TEXT);
        form.throwIfAny();
        try {
            return repository.save(current.withBody(body, expected));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // stale version, or someone else saved the first text at the same time
            throw new StaleEditException(e);
        }
    }

    /** The version the form was read at: none before the first text, else the posted number; anything else is stale. */
    private static Long expectedVersion(String version, ImprovementAreas current) {
        if (version == null) throw new StaleEditException(new IllegalArgumentException("posted without a version"));
        if (current.version() == null) return null;
        return FollowupEditor.requiredVersion(version);
    }
}
