package se.arshjul.suppliers.registry;

import se.arshjul.security.Units;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;

/** Agreements: list and create/edit with validation (the agreement's page is {@code SupplierPagesController}). */
@Controller
@RequestMapping("/leverantorer/avtal")
class AgreementController {

    private final AgreementRegistry agreements;
    private final SupplierAccess access;
    private final PageMessages messages;
    private final SwedishTime time;
    private final Units units;

    AgreementController(AgreementRegistry agreements, SupplierAccess access, PageMessages messages,
                        SwedishTime time, Units units) {
        this.units = units;
        this.agreements = agreements;
        this.access = access;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String typ,
                @RequestParam(required = false) String enhet, @RequestParam(defaultValue = "namn") String sort,
                @RequestParam(defaultValue = "asc") String dir, Model model) {
        model.addAttribute("rows", agreements.agreements(q, typ, enhet, sort, "desc".equals(dir)));
        model.addAttribute("q", q);
        model.addAttribute("typ", typ);
        model.addAttribute("enhet", enhet);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("types", AgreementType.values());
        model.addAttribute("units", units.all());
        return "suppliers/agreements";
    }

    @GetMapping("/ny")
    String createForm(Model model) {
        return form(model, null, new AgreementForm("", AgreementType.LOU_RAMAVTAL.name(), "", time.today().toString(), "", "", null));
    }

    @PostMapping("/ny")
    String create(AgreementForm form, CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            Agreement a = agreements.saveAgreement(null, form, user);
            flash.addFlashAttribute("success", messages.message("supplier.agreement.created", a.name()));
            return "redirect:/leverantorer/avtal/" + a.id();
        } catch (InvalidInputException e) {
            messages.rejected(model, e, response);
            return form(model, null, form);
        }
    }

    @GetMapping("/{id}/redigera")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        Agreement a = agreements.agreement(id);
        access.requireManage(a, user);
        return form(model, id, AgreementForm.of(a));
    }

    @PostMapping("/{id}/redigera")
    String edit(@PathVariable long id, AgreementForm form, CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes flash) {
        try {
            agreements.saveAgreement(id, form, user);
            flash.addFlashAttribute("success", messages.message("supplier.saved"));
            return "redirect:/leverantorer/avtal/" + id;
        } catch (InvalidInputException e) {
            messages.rejected(model, e, response);
            return form(model, id, form);
        }
    }

    private String form(Model model, Long id, AgreementForm form) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("types", messages.options(AgreementType.values(), t -> "supplier.agreementType." + t.name()));
        Map<String, String> units = new LinkedHashMap<>();
        this.units.all().forEach(u -> units.put(u.id(), u.name()));
        model.addAttribute("units", units);
        return "suppliers/agreement-form";
    }
}
