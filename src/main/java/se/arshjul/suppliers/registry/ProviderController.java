package se.arshjul.suppliers.registry;

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
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;

/** The provider registry: list with filters and create/edit with validation (the provider's page is {@code SupplierPagesController}). */
@Controller
@RequestMapping("/leverantorer")
class ProviderController {

    private final ProviderRegistry providers;
    private final SupplierAccess access;
    private final PageMessages messages;

    ProviderController(ProviderRegistry providers, SupplierAccess access, PageMessages messages) {
        this.providers = providers;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String ivo,
                @RequestParam(name = "egenRegi", required = false) String ownOperation,
                @RequestParam(defaultValue = "namn") String sort, @RequestParam(defaultValue = "asc") String dir,
                CurrentUser user, Model model) {
        model.addAttribute("providers", providers.providers(q, ivo, ownOperation, sort, "desc".equals(dir)));
        model.addAttribute("q", q);
        model.addAttribute("ivo", ivo);
        model.addAttribute("egenRegi", ownOperation);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("ivoPermits", IvoPermit.values());
        model.addAttribute("canEdit", access.canEditProviders(user));
        return "suppliers/providers";
    }

    @GetMapping("/ny")
    String createForm(CurrentUser user, Model model) {
        access.requireProviderEditor(user);
        return form(model, null, new ProviderForm("", "", "", IvoPermit.BEVILJAT.name(), false, null));
    }

    @PostMapping("/ny")
    String create(ProviderForm form, CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            Provider p = providers.saveProvider(null, form, user);
            flash.addFlashAttribute("success", messages.message("supplier.provider.created", p.name()));
            return "redirect:/leverantorer/" + p.id();
        } catch (InvalidInputException e) {
            messages.rejected(model, e, response);
            return form(model, null, form);
        }
    }

    @GetMapping("/{id}/redigera")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        access.requireProviderEditor(user);
        return form(model, id, ProviderForm.of(providers.provider(id)));
    }

    @PostMapping("/{id}/redigera")
    String edit(@PathVariable long id, ProviderForm form, CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes flash) {
        providers.provider(id);
        try {
            providers.saveProvider(id, form, user);
            flash.addFlashAttribute("success", messages.message("supplier.saved"));
            return "redirect:/leverantorer/" + id;
        } catch (InvalidInputException e) {
            messages.rejected(model, e, response);
            return form(model, id, form);
        }
    }

    private String form(Model model, Long id, ProviderForm form) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("ivoPermits", messages.options(IvoPermit.values(), p -> "supplier.ivo." + p.name()));
        return "suppliers/provider-form";
    }
}
