package se.arshjul.internalcontrol;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.security.CurrentUser;
import se.arshjul.status.ActionStatus;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.FormValidator;
import se.arshjul.validation.MaxLength;
import se.arshjul.validation.Required;
import se.arshjul.validation.Texts;
import se.arshjul.web.NotFoundException;
import se.arshjul.web.PageMessages;

/**
 * The internkontroll section of delår 1 (per 30 april), delår 2 (per 31 augusti) and the
 * verksamhetsberättelse (whole year), compiled from the register and the kontrolltillfällen as in the
 * seeds' tables, with the summary and samlad bedömning written by the controller.
 */
@Service
public class InternalControlReporting {

    public static final List<DocumentType> DOCUMENTS = List.of(DocumentType.DELAR1, DocumentType.DELAR2, DocumentType.VB);

    public record RiskRow(String process, String risk, String atgard, String status, String kommentar) {}

    public record ControlRow(String process, String kontrollmal, int planned, int done, int avvikelser, int openActions,
                             String status) {}

    public record Section(int year, DocumentType document, LocalDate cutoff, List<RiskRow> risks, List<ControlRow> controls,
                          List<AuditAction> auditActions, InternalControlReport text) {}

    /** The texts the controller writes for the section. */
    public record TextForm(@MaxLength(8000) String summary, @Required @MaxLength(4000) String assessment) {}

    private final RiskRegister register;
    private final KontrollmomentService controls;
    private final InternalControlAccess access;
    private final InternalControlReportRepository reports;
    private final FormValidator validator;
    private final SwedishTime times;
    private final PageMessages messages;

    public InternalControlReporting(RiskRegister register, KontrollmomentService controls, InternalControlAccess access,
                                    InternalControlReportRepository reports, FormValidator validator, SwedishTime times,
                                    PageMessages messages) {
        this.register = register;
        this.controls = controls;
        this.access = access;
        this.reports = reports;
        this.validator = validator;
        this.times = times;
        this.messages = messages;
    }

    static LocalDate cutoff(int year, DocumentType document) {
        MonthDay day = switch (document) {
            case DELAR1 -> MonthDay.of(4, 30);
            case DELAR2 -> MonthDay.of(8, 31);
            default -> MonthDay.of(12, 31);
        };
        return day.atYear(year);
    }

    public Section section(int year, DocumentType document) {
        requireReportDocument(document);
        LocalDate cutoff = cutoff(year, document);
        List<ControlRow> controlRows = controls.controls(year).stream().map(c -> controlRow(c, year, cutoff)).toList();
        InternalControlReport text = reports.findByPlanYearAndDocumentType(year, document)
                .orElse(new InternalControlReport(null, year, document, null, null, null, null, null));
        return new Section(year, document, cutoff, riskRows(year), controlRows, register.auditActions(year), text);
    }

    private List<RiskRow> riskRows(int year) {
        List<RiskRow> rows = new ArrayList<>();
        for (Risk r : register.risks(year)) {
            List<RiskAction> actions = register.riskActions(r.id());
            if (actions.isEmpty()) {
                rows.add(new RiskRow(r.process(), r.risk(), "–", "–", ""));
            }
            actions.forEach(a -> rows.add(new RiskRow(r.process(), r.risk(), a.description(), text(ActionStatus.keyOf(a.status())),
                    a.kommentar() == null ? "" : a.kommentar())));
        }
        return rows;
    }

    private ControlRow controlRow(Kontrollmoment c, int year, LocalDate cutoff) {
        int planned = c.frekvens() == null ? 0
                : (int) c.frekvens().periods(year, c.valdaManader()).stream().filter(p -> !p.end().isAfter(cutoff)).count();
        int done = 0, avvikelser = 0, open = 0;
        for (Kontrolltillfalle run : controls.kontrolltillfallen(c.id())) {
            if (run.periodEnd().isAfter(cutoff)) {
                continue;
            }
            if (run.status() == Kontrolltillfalle.Status.DONE) {
                done++;
            }
            List<Avvikelse> found = controls.avvikelser(run.id());
            avvikelser += found.size();
            open += (int) found.stream().filter(Avvikelse::open).count();
        }
        return new ControlRow(c.process(), c.kontrollmal(), planned, done, avvikelser, open, status(planned, done, avvikelser, open));
    }

    private String status(int planned, int done, int avvikelser, int open) {
        if (planned == 0) return text("ic.report.status.nonePlanned");
        if (done == 0) return text("ic.report.status.notDone");
        if (avvikelser == 0) return text(done < planned ? "ic.report.status.partly" : "ic.report.status.done");
        return open == 0 ? text("ic.report.status.avvikelserClosed", avvikelser) : text("ic.report.status.avvikelserOpen", avvikelser, open);
    }

    private String text(String code, Object... args) {
        return messages.message(code, args);
    }

    @Transactional
    public InternalControlReport saveText(int year, DocumentType document, String summary, String assessment, Long version,
                                          CurrentUser user) {
        access.requireEditor(user);
        requireReportDocument(document);
        TextForm form = new TextForm(summary, assessment);
        validator.require(form);
        InternalControlReport existing = reports.findByPlanYearAndDocumentType(year, document).orElse(null);
        if (existing != null && version != null && !version.equals(existing.version())) {
            throw FieldErrors.single("", "ic.stale");
        }
        return reports.save(new InternalControlReport(existing == null ? null : existing.id(), year, document,
                Texts.clean(form.summary()), Texts.clean(form.assessment()), user.id(), times.now(),
                existing == null ? null : existing.version()));
    }

    private static void requireReportDocument(DocumentType document) {
        if (!DOCUMENTS.contains(document)) {
            throw new NotFoundException("ic.report.notReported");
        }
    }
}
