package se.arshjul.suppliers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.arshjul.attachments.Attachment;
import se.arshjul.attachments.AttachmentService;
import se.arshjul.security.CurrentUser;
import se.arshjul.suppliers.followup.SupplierFollowupAttachments;
import se.arshjul.suppliers.followup.SupplierFollowupDeadlines;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.followup.SupplierFollowupService.FollowupView;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.AgreementType;
import se.arshjul.suppliers.registry.LeaveReason;
import se.arshjul.suppliers.registry.MembershipRegistry;
import se.arshjul.suppliers.registry.ProviderRegistry;
import se.arshjul.suppliers.registry.SupplierAccess;
import se.arshjul.web.NotFoundException;
import se.arshjul.web.PageMessages;

/**
 * The pages that bring the registry and the follow-ups together: a provider's whole history, an
 * agreement with its members and follow-ups (and the forms to change them), and the yearly report.
 */
@Controller
class SupplierPagesController {

    private final ProviderRegistry providers;
    private final AgreementRegistry agreements;
    private final MembershipRegistry memberships;
    private final SupplierFollowupService followups;
    private final SupplierFollowupDeadlines deadlines;
    private final SupplierReport report;
    private final SupplierAccess access;
    private final AttachmentService attachments;
    private final PageMessages labels;

    SupplierPagesController(ProviderRegistry providers, AgreementRegistry agreements, MembershipRegistry memberships,
                            SupplierFollowupService followups, SupplierFollowupDeadlines deadlines, SupplierReport report,
                            SupplierAccess access, AttachmentService attachments, PageMessages labels) {
        this.labels = labels;
        this.providers = providers;
        this.agreements = agreements;
        this.memberships = memberships;
        this.followups = followups;
        this.deadlines = deadlines;
        this.report = report;
        this.access = access;
        this.attachments = attachments;
    }

    @GetMapping("/leverantorer/{id}")
    String provider(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("provider", providers.provider(id));
        model.addAttribute("memberships", memberships.memberships(id));
        List<FollowupView> history = followups.historyOfProvider(id);
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

    @GetMapping("/leverantorer/avtal/{id}")
    String agreement(@PathVariable long id, CurrentUser user, Model model) {
        Agreement a = agreements.agreement(id);
        model.addAttribute("agreement", a);
        model.addAttribute("members", memberships.members(id));
        model.addAttribute("followups", followups.followupsOfAgreement(id));
        Map<String, String> providerOptions = new LinkedHashMap<>();
        providers.providers(null, null, null, "namn", false).forEach(p -> providerOptions.put(String.valueOf(p.id()),
                labels.message("supplier.member.option", p.name(), p.orgNr())));
        model.addAttribute("providerOptions", providerOptions);
        Map<String, String> memberOptions = new LinkedHashMap<>();
        memberships.members(id).stream().filter(r -> r.member().leftOn() == null)
                .forEach(r -> memberOptions.put(String.valueOf(r.provider().id()), r.provider().name()));
        model.addAttribute("memberOptions", memberOptions);
        model.addAttribute("leaveReasons", LeaveReason.values());
        model.addAttribute("kindOptions", labels.options(SupplierFollowupKind.values(), k -> "supplier.kind." + k.name()));
        model.addAttribute("canManage", access.canManage(a, user));
        model.addAttribute("today", deadlines.today());
        model.addAttribute("documentationDue", deadlines.documentationDue());
        return "suppliers/agreement";
    }

    @GetMapping("/leverantorer/rapport")
    String report(@RequestParam(name = "ar", required = false) Integer year, Model model) {
        int y = year == null ? deadlines.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new NotFoundException("supplier.report.noYear");
        }
        model.addAttribute("report", report.forYear(y));
        model.addAttribute("agreementTypes", AgreementType.values());
        return "suppliers/report";
    }
}
