package se.arshjul.internalcontrol;

import se.arshjul.status.ActionStatus;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.attachments.AttachmentService;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.web.NotFoundException;

/** Internkontroll pages: the year's plan with risk register and heat map, kontrollmoment, follow-up dashboard. */
@Controller
@RequestMapping("/internkontroll")
class InternalControlController {

    private final InternalControlService service;
    private final InternalControlAccess access;
    private final RiskScale scale;
    private final IdentityService identityService;
    private final YearEndCarryOver carryOver;
    private final InternalControlReporting reporting;
    private final AttachmentService attachments;
    private final ControlRunAttachments runAttachments;

    InternalControlController(InternalControlService service, InternalControlAccess access, RiskScale scale,
                              IdentityService identityService, YearEndCarryOver carryOver, InternalControlReporting reporting,
                              AttachmentService attachments, ControlRunAttachments runAttachments) {
        this.attachments = attachments;
        this.runAttachments = runAttachments;
        this.carryOver = carryOver;
        this.reporting = reporting;
        this.service = service;
        this.access = access;
        this.scale = scale;
        this.identityService = identityService;
    }

    @GetMapping
    String current() {
        return "redirect:/internkontroll/" + ControlScheduler.now().getYear();
    }

    private static int checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException("Året finns inte.");
        }
        return year;
    }

    @GetMapping("/{year}")
    String overview(@PathVariable int year, CurrentUser user, Model model) {
        checkYear(year);
        List<Risk> risks = service.risks(year);
        model.addAttribute("year", year);
        model.addAttribute("plan", service.plan(year));
        model.addAttribute("canEdit", access.canEdit(user));
        model.addAttribute("risks", risks);
        model.addAttribute("riskActions", risks.stream().collect(java.util.stream.Collectors.toMap(Risk::id, r -> service.riskActions(r.id()))));
        model.addAttribute("heatMap", HeatMap.of(risks));
        model.addAttribute("scale", scale);
        model.addAttribute("auditActions", service.auditActions(year));
        model.addAttribute("controls", service.controls(year));
        return "internalcontrol/overview";
    }

    @PostMapping("/{year}/grans")
    String threshold(@PathVariable int year, @RequestParam String threshold, CurrentUser user, RedirectAttributes flash) {
        checkYear(year);
        try {
            service.setThreshold(year, threshold, user);
            flash.addFlashAttribute("success", "Gränsvärdet är sparat.");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/internkontroll/" + year;
    }

    @PostMapping("/{year}/faststall")
    String decide(@PathVariable int year, @RequestParam(required = false) String note, CurrentUser user, RedirectAttributes flash) {
        checkYear(year);
        try {
            service.decide(year, note, user);
            flash.addFlashAttribute("success", "Internkontrollplanen för " + year + " är fastställd. Kontrolltillfällena schemaläggs nu.");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/internkontroll/" + year;
    }

    // ---- risks --------------------------------------------------------------------------

    @GetMapping("/{year}/risker/ny")
    String newRisk(@PathVariable int year, CurrentUser user, Model model) {
        access.requireEditor(user);
        return riskPage(year, null, new RiskForm(), Map.of(), model);
    }

    @GetMapping("/{year}/risker/{id}")
    String editRisk(@PathVariable int year, @PathVariable long id, CurrentUser user, Model model) {
        access.requireEditor(user);
        return riskPage(year, service.risk(checkYear(year), id), RiskForm.of(service.risk(year, id)), Map.of(), model);
    }

    @PostMapping({"/{year}/risker", "/{year}/risker/{id}"})
    String saveRisk(@PathVariable int year, @PathVariable(required = false) Long id, @ModelAttribute RiskForm form,
                    CurrentUser user, Model model, RedirectAttributes flash) {
        checkYear(year);
        access.requireEditor(user);
        try {
            Risk saved = service.saveRisk(year, id, form, user);
            flash.addFlashAttribute("success", "Risken är sparad (riskvärde " + saved.riskvarde() + ").");
            return "redirect:/internkontroll/" + year + "/risker/" + saved.id();
        } catch (InvalidInput e) {
            return riskPage(year, id == null ? null : service.risk(year, id), form, e.errors(), model);
        }
    }

    @PostMapping({"/{year}/risker/{id}/atgarder", "/{year}/risker/{id}/atgarder/{actionId}"})
    String saveRiskAction(@PathVariable int year, @PathVariable long id, @PathVariable(required = false) Long actionId,
                          @RequestParam(required = false) String description, @RequestParam(required = false) String owner,
                          @RequestParam(required = false) String deadline, @RequestParam(required = false) String status,
                          @RequestParam(required = false) String kommentar, CurrentUser user, RedirectAttributes flash) {
        checkYear(year);
        try {
            service.saveRiskAction(year, id, actionId, description, owner, deadline, status, kommentar, user);
            flash.addFlashAttribute("success", "Åtgärden är sparad.");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/internkontroll/" + year + "/risker/" + id;
    }

    private String riskPage(int year, Risk risk, RiskForm form, Map<String, String> errors, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("risk", risk);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("scale", scale);
        model.addAttribute("plan", service.plan(year));
        model.addAttribute("placements", Risk.Placement.values());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("actions", risk == null ? List.of() : service.riskActions(risk.id()));
        return "internalcontrol/risk";
    }

    // ---- kontrollmoment -----------------------------------------------------------------

    @GetMapping("/{year}/kontroller/ny")
    String newControl(@PathVariable int year, CurrentUser user, Model model) {
        access.requireEditor(user);
        return controlPage(checkYear(year), null, ControlForm.blank(), Map.of(), user, model);
    }

    @GetMapping("/{year}/kontroller/{id}")
    String control(@PathVariable int year, @PathVariable long id, CurrentUser user, Model model) {
        Kontrollmoment control = service.control(checkYear(year), id);
        return controlPage(year, control, ControlForm.of(control), Map.of(), user, model);
    }

    @PostMapping({"/{year}/kontroller", "/{year}/kontroller/{id}"})
    String saveControl(@PathVariable int year, @PathVariable(required = false) Long id, @ModelAttribute ControlForm form,
                       CurrentUser user, Model model, RedirectAttributes flash) {
        checkYear(year);
        access.requireEditor(user);
        try {
            Kontrollmoment saved = service.saveControl(year, id, form, user);
            flash.addFlashAttribute("success", "Kontrollmomentet är sparat.");
            return "redirect:/internkontroll/" + year + "/kontroller/" + saved.id();
        } catch (InvalidInput e) {
            return controlPage(year, id == null ? null : service.control(year, id), form, e.errors(), user, model);
        }
    }

    private String controlPage(int year, Kontrollmoment control, ControlForm form, Map<String, String> errors, CurrentUser user, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("control", control);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", access.canEdit(user));
        model.addAttribute("plan", service.plan(year));
        model.addAttribute("methods", Kontrollmoment.Method.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("monthNames", List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"));
        model.addAttribute("groups", identityService.createGroupQuery().orderByGroupId().asc().list().stream()
                .filter(g -> !Groups.CAMUNDA_ADMIN.equals(g.getId())).toList());
        List<ControlRun> runs = control == null ? List.of() : service.runs(control.id());
        model.addAttribute("runs", runs);
        // each avvikelse with its åtgärd and where it stands, so the control page tells the whole story
        model.addAttribute("deviations", runs.stream().flatMap(r -> service.deviations(r.id()).stream()
                .map(d -> new RunDeviation(r.periodLabel(), d))).toList());
        boolean evidence = control != null && runAttachments.responsible(user, control);
        model.addAttribute("evidenceAccess", evidence);
        model.addAttribute("evidence", evidence
                ? runs.stream().collect(java.util.stream.Collectors.toMap(ControlRun::id, r -> attachments.list(ControlRunAttachments.TYPE, r.id(), user)))
                : Map.of());
        model.addAttribute("evidenceType", ControlRunAttachments.TYPE);
        model.addAttribute("now", ControlScheduler.now());
        return "internalcontrol/control";
    }

    record RunDeviation(String period, ControlDeviation deviation) {}

    // ---- dashboard ----------------------------------------------------------------------

    @GetMapping("/{year}/rapport/{document}")
    String report(@PathVariable int year, @PathVariable se.arshjul.cycle.DocumentType document, CurrentUser user, Model model) {
        return reportPage(checkYear(year), document, null, null, Map.of(), user, model);
    }

    @PostMapping("/{year}/rapport/{document}")
    String saveReport(@PathVariable int year, @PathVariable se.arshjul.cycle.DocumentType document,
                      @RequestParam(required = false) String summary, @RequestParam(required = false) String assessment,
                      @RequestParam(required = false) Long version, CurrentUser user, Model model, RedirectAttributes flash) {
        checkYear(year);
        try {
            reporting.saveText(year, document, summary, assessment, version, user);
            flash.addFlashAttribute("success", "Texten är sparad.");
            return "redirect:/internkontroll/" + year + "/rapport/" + document.name();
        } catch (InvalidInput e) {
            return reportPage(year, document, summary, assessment, e.errors(), user, model);
        }
    }

    private String reportPage(int year, se.arshjul.cycle.DocumentType document, String summary, String assessment,
                              Map<String, String> errors, CurrentUser user, Model model) {
        InternalControlReporting.Section section = reporting.section(year, document);
        model.addAttribute("year", year);
        model.addAttribute("section", section);
        model.addAttribute("documents", InternalControlReporting.DOCUMENTS);
        model.addAttribute("summary", errors.isEmpty() ? section.text().summary() : summary);
        model.addAttribute("assessment", errors.isEmpty() ? section.text().assessment() : assessment);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", access.canEdit(user));
        return "internalcontrol/report";
    }

    @PostMapping("/{year}/overforing")
    String carryOver(@PathVariable int year, @RequestParam(name = "items", required = false) List<String> items,
                     CurrentUser user, RedirectAttributes flash) {
        checkYear(year);
        try {
            int n = carryOver.carryOver(year, items, user).size();
            flash.addFlashAttribute("success", n + " punkt(er) har förts över till internkontrollplanen " + (year + 1) + ".");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/internkontroll/" + year + "/uppfoljning#overforing";
    }

    @GetMapping("/{year}/uppfoljning")
    String dashboard(@PathVariable int year, CurrentUser user, Model model) {
        checkYear(year);
        model.addAttribute("canEdit", access.canEdit(user));
        model.addAttribute("candidates", carryOver.candidates(year));
        model.addAttribute("carried", carryOver.recorded(year));
        List<InternalControlService.ControlStatus> rows = service.dashboard(year);
        model.addAttribute("year", year);
        model.addAttribute("plan", service.plan(year));
        model.addAttribute("rows", rows);
        model.addAttribute("totals", new int[] {
                rows.stream().mapToInt(InternalControlService.ControlStatus::expected).sum(),
                rows.stream().mapToInt(InternalControlService.ControlStatus::planned).sum(),
                rows.stream().mapToInt(InternalControlService.ControlStatus::done).sum(),
                rows.stream().mapToInt(InternalControlService.ControlStatus::overdue).sum(),
                rows.stream().mapToInt(InternalControlService.ControlStatus::deviations).sum(),
                rows.stream().mapToInt(InternalControlService.ControlStatus::openActions).sum()});
        List<Risk> risks = service.risks(year);
        model.addAttribute("risks", risks);
        model.addAttribute("riskActions", risks.stream().collect(java.util.stream.Collectors.toMap(Risk::id, r -> service.riskActions(r.id()))));
        return "internalcontrol/dashboard";
    }
}
