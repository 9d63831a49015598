package se.arshjul.suppliers.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.attachments.Attachment;
import se.arshjul.attachments.AttachmentService;
import se.arshjul.security.CurrentUser;
import se.arshjul.suppliers.SupplierReport;
import se.arshjul.suppliers.ValidationFailed;
import se.arshjul.suppliers.followup.SupplierFollowupAttachments;
import se.arshjul.suppliers.followup.SupplierFollowupService;

/** The provider registry: list with filters, create/edit with validation, the provider's whole history, the yearly report. */
@Controller
@RequestMapping("/leverantorer")
class ProviderController {

    private final SupplierRegistry registry;
    private final SupplierFollowupService followups;
    private final SupplierReport report;
    private final SupplierAccess access;
    private final AttachmentService attachments;

    ProviderController(SupplierRegistry registry, SupplierFollowupService followups, SupplierReport report, SupplierAccess access,
                       AttachmentService attachments) {
        this.attachments = attachments;
        this.registry = registry;
        this.followups = followups;
        this.report = report;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String ivo,
                @RequestParam(name = "egenRegi", required = false) String ownOperation,
                @RequestParam(defaultValue = "namn") String sort, @RequestParam(defaultValue = "asc") String dir,
                CurrentUser user, Model model) {
        model.addAttribute("providers", registry.providers(q, ivo, ownOperation, sort, "desc".equals(dir)));
        model.addAttribute("q", q);
        model.addAttribute("ivo", ivo);
        model.addAttribute("egenRegi", ownOperation);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("ivoPermits", SupplierEnums.IvoPermit.values());
        model.addAttribute("canEdit", access.canEditProviders(user));
        return "suppliers/providers";
    }

    @GetMapping("/ny")
    String createForm(CurrentUser user, Model model) {
        access.requireProviderEditor(user);
        return form(model, null, new SupplierRegistry.ProviderForm("", "", "", "BEVILJAT", false, null), java.util.Map.of());
    }

    @PostMapping("/ny")
    String create(SupplierRegistry.ProviderForm form, CurrentUser user, Model model, RedirectAttributes flash) {
        try {
            Provider p = registry.saveProvider(null, form, user);
            flash.addFlashAttribute("success", "Utföraren " + p.name() + " är registrerad.");
            return "redirect:/leverantorer/" + p.id();
        } catch (ValidationFailed e) {
            return form(model, null, form, e.errors());
        }
    }

    @GetMapping("/{id}/redigera")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        access.requireProviderEditor(user);
        return form(model, id, SupplierRegistry.ProviderForm.of(registry.provider(id)), java.util.Map.of());
    }

    @PostMapping("/{id}/redigera")
    String edit(@PathVariable long id, SupplierRegistry.ProviderForm form, CurrentUser user, Model model, RedirectAttributes flash) {
        registry.provider(id);
        try {
            registry.saveProvider(id, form, user);
            flash.addFlashAttribute("success", "Ändringarna är sparade.");
            return "redirect:/leverantorer/" + id;
        } catch (ValidationFailed e) {
            return form(model, id, form, e.errors());
        }
    }

    private String form(Model model, Long id, SupplierRegistry.ProviderForm form, java.util.Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ivoPermits", SupplierEnums.IvoPermit.values());
        return "suppliers/provider-form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("provider", registry.provider(id));
        model.addAttribute("memberships", registry.memberships(id));
        List<SupplierFollowupService.FollowupView> history = followups.historyOfProvider(id);
        model.addAttribute("followups", history);
        model.addAttribute("canEdit", access.canEditProviders(user));
        // Received documents per follow-up, for those who manage its agreement (others see no list).
        Map<Long, List<Attachment>> documents = new HashMap<>();
        history.stream().filter(v -> access.canManage(v.agreement(), user)).forEach(v ->
                documents.put(v.followup().id(), attachments.list(SupplierFollowupAttachments.TYPE, v.followup().id(), user)));
        model.addAttribute("documents", documents);
        model.addAttribute("documentType", SupplierFollowupAttachments.TYPE);
        return "suppliers/provider";
    }

    @GetMapping("/rapport")
    String report(@RequestParam(name = "ar", required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new se.arshjul.web.NotFoundException("Året finns inte.");
        }
        model.addAttribute("report", report.forYear(y));
        model.addAttribute("agreementTypes", SupplierEnums.AgreementType.values());
        return "suppliers/report";
    }
}
