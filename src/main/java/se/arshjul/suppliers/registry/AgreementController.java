package se.arshjul.suppliers.registry;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.suppliers.ValidationFailed;
import se.arshjul.suppliers.followup.SupplierFollowup;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.followup.SupplierFollowupService;

/** Agreements: list, create/edit, members joining and leaving, and starting a follow-up of a member. */
@Controller
@RequestMapping("/leverantorer/avtal")
class AgreementController {

    private final SupplierRegistry registry;
    private final SupplierFollowupService followups;
    private final SupplierAccess access;

    AgreementController(SupplierRegistry registry, SupplierFollowupService followups, SupplierAccess access) {
        this.registry = registry;
        this.followups = followups;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String typ,
                @RequestParam(required = false) String enhet, @RequestParam(defaultValue = "namn") String sort,
                @RequestParam(defaultValue = "asc") String dir, Model model) {
        model.addAttribute("rows", registry.agreements(q, typ, enhet, sort, "desc".equals(dir)));
        model.addAttribute("q", q);
        model.addAttribute("typ", typ);
        model.addAttribute("enhet", enhet);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("types", SupplierEnums.AgreementType.values());
        model.addAttribute("units", Groups.UNITS);
        return "suppliers/agreements";
    }

    @GetMapping("/ny")
    String createForm(Model model) {
        return form(model, null, new SupplierRegistry.AgreementForm("", "LOU_RAMAVTAL", "", LocalDate.now().toString(), "", "", null), Map.of());
    }

    @PostMapping("/ny")
    String create(SupplierRegistry.AgreementForm form, CurrentUser user, Model model, RedirectAttributes flash) {
        try {
            Agreement a = registry.saveAgreement(null, form, user);
            flash.addFlashAttribute("success", "Avtalet " + a.name() + " är registrerat.");
            return "redirect:/leverantorer/avtal/" + a.id();
        } catch (ValidationFailed e) {
            return form(model, null, form, e.errors());
        }
    }

    @GetMapping("/{id}/redigera")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        Agreement a = registry.agreement(id);
        access.requireManage(a, user);
        return form(model, id, SupplierRegistry.AgreementForm.of(a), Map.of());
    }

    @PostMapping("/{id}/redigera")
    String edit(@PathVariable long id, SupplierRegistry.AgreementForm form, CurrentUser user, Model model, RedirectAttributes flash) {
        try {
            registry.saveAgreement(id, form, user);
            flash.addFlashAttribute("success", "Ändringarna är sparade.");
            return "redirect:/leverantorer/avtal/" + id;
        } catch (ValidationFailed e) {
            return form(model, id, form, e.errors());
        }
    }

    private String form(Model model, Long id, SupplierRegistry.AgreementForm form, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", SupplierEnums.AgreementType.values());
        model.addAttribute("units", Groups.UNITS);
        return "suppliers/agreement-form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        return page(id, user, model);
    }

    private String page(long id, CurrentUser user, Model model) {
        Agreement a = registry.agreement(id);
        model.addAttribute("agreement", a);
        model.addAttribute("members", registry.members(id));
        model.addAttribute("followups", followups.followupsOfAgreement(id));
        model.addAttribute("providers", registry.providers(null, null, null, "namn", false));
        model.addAttribute("leaveReasons", SupplierEnums.LeaveReason.values());
        model.addAttribute("kinds", SupplierFollowupKind.values());
        model.addAttribute("canManage", access.canManage(a, user));
        model.addAttribute("today", LocalDate.now());
        if (!model.containsAttribute("memberErrors")) model.addAttribute("memberErrors", Map.of());
        if (!model.containsAttribute("leaveErrors")) model.addAttribute("leaveErrors", Map.of());
        if (!model.containsAttribute("startErrors")) model.addAttribute("startErrors", Map.of());
        return "suppliers/agreement";
    }

    @PostMapping("/{id}/utforare")
    String addMember(@PathVariable long id, @RequestParam(required = false) String providerId,
                     @RequestParam(required = false) String joinedOn, CurrentUser user, Model model, RedirectAttributes flash) {
        try {
            registry.addMember(id, providerId, joinedOn, user);
            flash.addFlashAttribute("success", "Utföraren är tillagd i avtalet.");
            return "redirect:/leverantorer/avtal/" + id;
        } catch (ValidationFailed e) {
            model.addAttribute("memberErrors", e.errors());
            model.addAttribute("memberForm", Map.of("providerId", providerId == null ? "" : providerId, "joinedOn", joinedOn == null ? "" : joinedOn));
            return page(id, user, model);
        }
    }

    @PostMapping("/{id}/utforare/{memberId}/avsluta")
    String endMembership(@PathVariable long id, @PathVariable long memberId, @RequestParam(required = false) String leftOn,
                         @RequestParam(required = false) String leaveReason, @RequestParam(required = false) String leaveNote,
                         CurrentUser user, Model model, RedirectAttributes flash) {
        try {
            registry.endMembership(id, memberId, leftOn, leaveReason, leaveNote, user);
            flash.addFlashAttribute("success", "Utföraren har lämnat avtalet.");
            return "redirect:/leverantorer/avtal/" + id;
        } catch (ValidationFailed e) {
            model.addAttribute("leaveErrors", e.errors());
            model.addAttribute("leaveMemberId", memberId);
            return page(id, user, model);
        }
    }

    @PostMapping("/{id}/utforare/{memberId}/placeringar")
    String setPlacements(@PathVariable long id, @PathVariable long memberId, @RequestParam(defaultValue = "false") boolean hasPlacements,
                         CurrentUser user, RedirectAttributes flash) {
        registry.setPlacements(id, memberId, hasPlacements, user);
        flash.addFlashAttribute("success", hasPlacements ? "Utföraren är markerad med placeringar." : "Markeringen om placeringar är borttagen.");
        return "redirect:/leverantorer/avtal/" + id;
    }

    @PostMapping("/{id}/uppfoljning")
    String startFollowup(@PathVariable long id, @RequestParam(required = false) Long providerId,
                         @RequestParam(required = false) String requested, @RequestParam(required = false) String documentationDue,
                         @RequestParam(defaultValue = "false") boolean deep, @RequestParam(required = false) String kind,
                         CurrentUser user, Model model, RedirectAttributes flash) {
        access.requireManage(registry.agreement(id), user); // before any form message: outsiders get 403
        if (providerId == null) {
            model.addAttribute("startErrors", Map.of("providerId", "Välj en utförare."));
            return page(id, user, model);
        }
        try {
            SupplierFollowup f = followups.start(id, providerId, requested, documentationDue, deep,
                    SupplierEnums.parse(SupplierFollowupKind.class, kind), user);
            flash.addFlashAttribute("success", "Uppföljningen " + f.businessKey() + " är startad. Uppgiften finns i gruppens uppgifter.");
            return "redirect:/leverantorer/avtal/" + id;
        } catch (ValidationFailed e) {
            model.addAttribute("startErrors", e.errors());
            model.addAttribute("startForm", Map.of("providerId", providerId, "requested", requested == null ? "" : requested,
                    "documentationDue", documentationDue == null ? "" : documentationDue));
            return page(id, user, model);
        }
    }
}
