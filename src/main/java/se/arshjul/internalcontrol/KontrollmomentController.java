package se.arshjul.internalcontrol;

import static se.arshjul.internalcontrol.InternalControlYears.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.attachments.AttachmentService;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;

/** A kontrollmoment: its kontrolltillfällen with their underlag, the avvikelser found, and its editor. */
@Controller
@RequestMapping("/internkontroll/{year}/kontroller")
class KontrollmomentController {

    /** A kontrolltillfälle's avvikelse with the period it was found in. */
    record PeriodAvvikelse(String period, Avvikelse avvikelse) {}

    private final KontrollmomentService controls;
    private final InternalControlPlanService plans;
    private final InternalControlAccess access;
    private final IdentityService identityService;
    private final AttachmentService attachments;
    private final KontrolltillfalleAttachments runAttachments;
    private final PageMessages errors;
    private final SwedishTime times;

    KontrollmomentController(KontrollmomentService controls, InternalControlPlanService plans, InternalControlAccess access,
                             IdentityService identityService, AttachmentService attachments,
                             KontrolltillfalleAttachments runAttachments, PageMessages errors, SwedishTime times) {
        this.controls = controls;
        this.plans = plans;
        this.access = access;
        this.identityService = identityService;
        this.attachments = attachments;
        this.runAttachments = runAttachments;
        this.errors = errors;
        this.times = times;
    }

    @GetMapping("/ny")
    String newControl(@PathVariable int year, CurrentUser user, Model model) {
        access.requireEditor(user);
        KontrollmomentForm form = KontrollmomentForm.blank(errors.message("ic.control.default.rapportTill"),
                errors.message("ic.control.default.rapportNar"));
        return page(check(year), null, form, user, model);
    }

    @GetMapping("/{id}")
    String control(@PathVariable int year, @PathVariable long id, CurrentUser user, Model model) {
        Kontrollmoment control = controls.control(check(year), id);
        return page(year, control, KontrollmomentForm.of(control), user, model);
    }

    @PostMapping({"", "/{id}"})
    String saveControl(@PathVariable int year, @PathVariable(required = false) Long id, @ModelAttribute KontrollmomentForm form,
                       CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes flash) {
        check(year);
        access.requireEditor(user);
        try {
            Kontrollmoment saved = controls.saveControl(year, id, form, user);
            flash.addFlashAttribute("success", errors.message("ic.control.saved"));
            return "redirect:/internkontroll/" + year + "/kontroller/" + saved.id();
        } catch (InvalidInputException e) {
            errors.rejected(model, e, response);
            return page(year, id == null ? null : controls.control(year, id), form, user, model);
        }
    }

    private String page(int year, Kontrollmoment control, KontrollmomentForm form, CurrentUser user, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("control", control);
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        model.addAttribute("canEdit", access.canEdit(user));
        model.addAttribute("plan", plans.plan(year));
        model.addAttribute("methods", Kontrollmoment.Metod.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("groupOptions", groupOptions());
        List<Kontrolltillfalle> runs = control == null ? List.of() : controls.kontrolltillfallen(control.id());
        model.addAttribute("runs", runs);
        // each avvikelse with its åtgärd and where it stands, so the control page tells the whole story
        model.addAttribute("avvikelser", runs.stream().flatMap(r -> controls.avvikelser(r.id()).stream()
                .map(d -> new PeriodAvvikelse(r.periodLabel(), d))).toList());
        boolean evidence = control != null && runAttachments.responsible(user, control);
        model.addAttribute("evidenceAccess", evidence);
        model.addAttribute("evidence", evidence ? runs.stream().collect(Collectors.toMap(Kontrolltillfalle::id,
                r -> attachments.list(KontrolltillfalleAttachments.TYPE, r.id(), user))) : Map.of());
        model.addAttribute("evidenceType", KontrolltillfalleAttachments.TYPE);
        model.addAttribute("now", times.now());
        return "internalcontrol/control";
    }

    /** The groups that can perform a control, id → "Name (id)". */
    private Map<String, String> groupOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        identityService.createGroupQuery().orderByGroupId().asc().list().stream()
                .filter(g -> !Groups.CAMUNDA_ADMIN.equals(g.getId()))
                .forEach(g -> options.put(g.getId(), g.getName() + " (" + g.getId() + ")"));
        return options;
    }
}
