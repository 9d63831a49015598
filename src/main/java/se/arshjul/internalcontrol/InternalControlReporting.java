package se.arshjul.internalcontrol;

import se.arshjul.status.ActionStatus;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.security.CurrentUser;

/**
 * The internkontroll section of delår 1 (per 30 april), delår 2 (per 31 augusti) and the
 * verksamhetsberättelse (whole year), compiled from the register and the control runs as in the
 * seeds' tables, with the summary and samlad bedömning written by the controller.
 */
@Service
public class InternalControlReporting {

    public static final List<DocumentType> DOCUMENTS = List.of(DocumentType.DELAR1, DocumentType.DELAR2, DocumentType.VB);

    public record RiskRow(String process, String risk, String atgard, String status, String kommentar) {}

    public record ControlRow(String process, String kontrollmal, int planned, int done, int deviations, int openActions,
                             String status) {}

    public record Section(int year, DocumentType document, LocalDate cutoff, List<RiskRow> risks, List<ControlRow> controls,
                          List<AuditAction> auditActions, InternalControlReport text) {}

    private final InternalControlService service;
    private final InternalControlAccess access;
    private final InternalControlReportRepository reports;

    public InternalControlReporting(InternalControlService service, InternalControlAccess access, InternalControlReportRepository reports) {
        this.service = service;
        this.access = access;
        this.reports = reports;
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
        List<RiskRow> riskRows = new ArrayList<>();
        for (Risk r : service.risks(year)) {
            List<RiskAction> actions = service.riskActions(r.id());
            if (actions.isEmpty()) {
                riskRows.add(new RiskRow(r.process(), r.risk(), "–", "–", ""));
            }
            actions.forEach(a -> riskRows.add(new RiskRow(r.process(), r.risk(), a.description(), ActionStatus.labelOf(a.status()),
                    a.kommentar() == null ? "" : a.kommentar())));
        }
        List<ControlRow> controlRows = new ArrayList<>();
        for (Kontrollmoment c : service.controls(year)) {
            int planned = c.frequency() == null ? 0
                    : (int) c.frequency().periods(year, c.months()).stream().filter(p -> !p.end().isAfter(cutoff)).count();
            int done = 0, devs = 0, open = 0;
            for (ControlRun run : service.runs(c.id())) {
                if (run.periodEnd().isAfter(cutoff)) {
                    continue;
                }
                if (run.status() == ControlRun.Status.DONE) {
                    done++;
                }
                List<ControlDeviation> ds = service.deviations(run.id());
                devs += ds.size();
                open += (int) ds.stream().filter(ControlDeviation::open).count();
            }
            String status;
            if (planned == 0) {
                status = "Inga kontroller planerade under perioden";
            } else if (done == 0) {
                status = "Ej genomförd";
            } else if (devs == 0) {
                status = done < planned ? "Delvis genomförd, inga avvikelser" : "Genomförd utan avvikelser";
            } else {
                status = devs + " avvikelse(r), " + (open == 0 ? "samtliga åtgärdade" : open + " med pågående åtgärd");
            }
            controlRows.add(new ControlRow(c.process(), c.kontrollmal(), planned, done, devs, open, status));
        }
        InternalControlReport text = reports.findByPlanYearAndDocumentType(year, document)
                .orElse(new InternalControlReport(null, year, document, null, null, null, null, null));
        return new Section(year, document, cutoff, riskRows, controlRows, service.auditActions(year), text);
    }

    @Transactional
    public InternalControlReport saveText(int year, DocumentType document, String summary, String assessment, Long version, CurrentUser user) {
        access.requireEditor(user);
        requireReportDocument(document);
        Map<String, String> errors = new LinkedHashMap<>();
        String s = InternalControlService.trim(summary);
        String a = InternalControlService.trim(assessment);
        if (s != null && s.length() > 8000) {
            errors.put("summary", "Sammanfattningen får vara högst 8000 tecken (nu " + s.length() + ").");
        }
        if (a == null) {
            errors.put("assessment", "Skriv nämndens samlade bedömning av den interna kontrollen.");
        } else if (a.length() > 4000) {
            errors.put("assessment", "Den samlade bedömningen får vara högst 4000 tecken (nu " + a.length() + ").");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        InternalControlReport existing = reports.findByPlanYearAndDocumentType(year, document).orElse(null);
        if (existing != null && version != null && !version.equals(existing.version())) {
            throw new InvalidInput("", "Texten har ändrats av någon annan. Ladda om sidan och gör om ändringen.");
        }
        return reports.save(new InternalControlReport(existing == null ? null : existing.id(), year, document, s, a, user.id(),
                ControlScheduler.now(), existing == null ? null : existing.version()));
    }

    private static void requireReportDocument(DocumentType document) {
        if (!DOCUMENTS.contains(document)) {
            throw new se.arshjul.web.NotFoundException("Internkontrollen rapporteras i delår 1, delår 2 och verksamhetsberättelsen.");
        }
    }
}
