package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.EnumValues;
import se.arshjul.suppliers.registry.Provider;
import se.arshjul.suppliers.registry.ProviderRegistry;
import se.arshjul.web.NotFoundException;
import se.arshjul.web.PageMessages;

/**
 * Supplier follow-ups as read by pages and the yearly report, and the termination step of
 * {@code bpmn/leverantorsuppfoljning.bpmn} (bean name {@code supplierFollowups} is used by the model).
 * Starting is {@link SupplierFollowupStarter}; the other steps are recorded by {@link SupplierFollowupSteps}.
 */
@Service("supplierFollowups")
public class SupplierFollowupService {

    public static final String PROCESS_KEY = "Leverantorsuppfoljning";

    public record FollowupView(SupplierFollowup followup, Agreement agreement, Provider provider,
                               List<SupplierFollowupFinding> findings, List<SupplierFollowupEvent> events) {}

    private final SupplierFollowupRepository followups;
    private final SupplierFollowupFindingRepository findings;
    private final SupplierFollowupEventRepository events;
    private final SupplierFollowupKindLinkRepository kinds;
    private final AgreementRegistry agreements;
    private final ProviderRegistry providers;
    private final SupplierFollowupSteps steps;
    private final PageMessages labels;

    SupplierFollowupService(SupplierFollowupRepository followups, SupplierFollowupFindingRepository findings,
                            SupplierFollowupEventRepository events, SupplierFollowupKindLinkRepository kinds,
                            AgreementRegistry agreements, ProviderRegistry providers, SupplierFollowupSteps steps, PageMessages labels) {
        this.followups = followups;
        this.findings = findings;
        this.events = events;
        this.kinds = kinds;
        this.agreements = agreements;
        this.providers = providers;
        this.steps = steps;
        this.labels = labels;
    }

    public static String businessKey(int year, long followupId) {
        return DocumentType.LU.name() + "-" + year + "-" + followupId;
    }

    /** The kind of a follow-up; follow-ups from before kinds were recorded are avtalsuppföljningar. */
    public SupplierFollowupKind kindOf(long followupId) {
        return kinds.findByFollowupId(followupId).map(k -> EnumValues.parse(SupplierFollowupKind.class, k.kind()))
                .orElse(SupplierFollowupKind.AVTALSUPPFOLJNING);
    }

    public Long planItemOf(long followupId) {
        return kinds.findByFollowupId(followupId).map(SupplierFollowupKindLink::planItemId).orElse(null);
    }

    /** How many follow-ups the engine started from a plan item. */
    public int startedFromPlanItem(long planItemId) {
        return kinds.findByPlanItemId(planItemId).size();
    }

    public SupplierFollowup followup(long id) {
        return followups.findById(id).orElseThrow(() -> new NotFoundException("supplier.followup.notFound"));
    }

    public List<FollowupView> historyOfProvider(long providerId) {
        return followups.findByProviderIdOrderByCreatedAtDesc(providerId).stream().map(this::view).toList();
    }

    public List<FollowupView> followupsOfAgreement(long agreementId) {
        return followups.findByAgreementIdOrderByCreatedAtDesc(agreementId).stream().map(this::view).toList();
    }

    public List<SupplierFollowup> followupsOf(long agreementId, int year) {
        return followups.findByAgreementIdAndFollowUpYear(agreementId, year);
    }

    public List<SupplierFollowupFinding> findingsOf(long followupId) {
        return findings.findByFollowupId(followupId);
    }

    public FollowupView view(SupplierFollowup f) {
        return new FollowupView(f, agreements.agreement(f.agreementId()), providers.provider(f.providerId()),
                findings.findByFollowupId(f.id()).stream().sorted(Comparator.comparing(SupplierFollowupFinding::id)).toList(),
                events.findByFollowupIdOrderByOccurredAtAscIdAsc(f.id()));
    }

    /** Service task Task_TerminateAgreement: the provider leaves the agreement today with the decided reason. */
    @Transactional
    public void terminate(DelegateExecution execution) {
        steps.terminate(execution);
    }

    /** Demo data and imports of earlier years: a finished follow-up without a process. */
    @Transactional
    public SupplierFollowup recordFinished(long agreementId, long providerId, int year, SupplierFollowupResult result, LocalDate on,
                                           String reviewer) {
        SupplierFollowupStatus status = result == SupplierFollowupResult.GODKAND ? SupplierFollowupStatus.GODKAND : SupplierFollowupStatus.ATGARDSPLAN;
        SupplierFollowup f = followups.save(new SupplierFollowup(null, agreementId, providerId, year, false, null, null,
                labels.message("supplier.followup.recordedRequest"), null, null, status.name(), result.name(), on, reviewer, reviewer,
                on.atStartOfDay(), null));
        events.save(new SupplierFollowupEvent(null, f.id(), SupplierFollowupEventKind.GRANSKAD.name(), on.atTime(12, 0), reviewer,
                labels.message("supplier.result." + result.name()), null));
        return f;
    }
}
