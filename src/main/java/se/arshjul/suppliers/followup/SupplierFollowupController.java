package se.arshjul.suppliers.followup;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.EnumValues;
import se.arshjul.suppliers.registry.SupplierAccess;
import se.arshjul.validation.FieldErrors;
import se.arshjul.web.PageMessages;

/**
 * Starting a supplier follow-up from the agreement's page. A refused start (the form, or a follow-up
 * already running, e.g. after a double submit) goes back to that page with the message ({@code ErrorPages}).
 */
@Controller
class SupplierFollowupController {

    private final SupplierFollowupStarter starter;
    private final AgreementRegistry agreements;
    private final SupplierAccess access;
    private final PageMessages labels;

    SupplierFollowupController(SupplierFollowupStarter starter, AgreementRegistry agreements, SupplierAccess access,
                               PageMessages labels) {
        this.starter = starter;
        this.agreements = agreements;
        this.access = access;
        this.labels = labels;
    }

    @PostMapping("/leverantorer/avtal/{id}/uppfoljning")
    String start(@PathVariable long id, @RequestParam(required = false) Long providerId,
                 @RequestParam(required = false) String requested, @RequestParam(required = false) String documentationDue,
                 @RequestParam(defaultValue = "false") boolean deep, @RequestParam(required = false) String kind,
                 CurrentUser user, RedirectAttributes flash) {
        access.requireManage(agreements.agreement(id), user); // before any form message: outsiders get 403
        if (providerId == null) throw FieldErrors.single("providerId", "validation.choice");
        SupplierFollowup f = starter.start(id, providerId, requested, documentationDue, deep,
                EnumValues.parse(SupplierFollowupKind.class, kind), user);
        flash.addFlashAttribute("success", labels.message("supplier.followup.started", f.businessKey()));
        return "redirect:/leverantorer/avtal/" + id;
    }
}
