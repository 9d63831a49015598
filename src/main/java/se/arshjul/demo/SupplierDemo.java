package se.arshjul.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.arshjul.security.CurrentUser;
import se.arshjul.suppliers.followup.ChecklistArea;
import se.arshjul.suppliers.followup.SupplierFollowup;
import se.arshjul.suppliers.followup.SupplierFollowupDeadlines;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.followup.SupplierFollowupResult;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.followup.SupplierFollowupStarter;
import se.arshjul.suppliers.plan.SupplierPlanEditor;
import se.arshjul.suppliers.plan.SupplierPlanItemForm;
import se.arshjul.suppliers.plan.SupplierPlanScope;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementForm;
import se.arshjul.suppliers.registry.AgreementMember;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.LeaveReason;
import se.arshjul.suppliers.registry.MembershipRegistry;
import se.arshjul.suppliers.registry.OrgNr;
import se.arshjul.suppliers.registry.Provider;
import se.arshjul.suppliers.registry.ProviderForm;
import se.arshjul.suppliers.registry.ProviderRegistry;

/**
 * Demo data from the 2024 results (seed 001): the ten LOU framework agreements and LOV
 * familjerådgivning with the provider counts of its table on 1 January and 31 December 2024, the
 * leave reasons and the follow-up results (e.g. avhopparverksamhet: 14 followed up, 57 % ej godkända).
 * Every provider name is fictitious (marked "(fiktiv)"); organisationsnummer are Luhn-valid numbers
 * in the unassigned series 559999-xxxx. A few live follow-ups show the process in different states.
 */
@Component
@Profile({"demo", "test"})
public class SupplierDemo {
    private static final Logger log = LoggerFactory.getLogger(SupplierDemo.class);
    static final String MARKER = "Avhopparverksamhet";

    record Plan(String name, String type, String area, String unit, int atStart, List<LeaveReason> leaving, int followedUp, int notApproved) {}

    static final List<Plan> PLANS = List.of(
            new Plan(MARKER, "LOU_RAMAVTAL", "Avhopparverksamhet", "vuxen", 16,
                    List.of(LeaveReason.EJ_ANSOKT_IVO, LeaveReason.UTFORAREN_AVSLUTADE, LeaveReason.UTFORAREN_AVSLUTADE), 14, 8),
            new Plan("Skyddat boende", "LOU_RAMAVTAL", "Skyddat boende", "vuxen", 20,
                    List.of(LeaveReason.UTFORAREN_AVSLUTADE, LeaveReason.UTFORAREN_AVSLUTADE, LeaveReason.VERKSAMHET_UPPHORT), 17, 8),
            new Plan("HVB-hem för barn och unga upp till 20 år", "LOU_RAMAVTAL", "HVB-hem för barn och unga upp till 20 år", "barn-unga", 39,
                    List.of(LeaveReason.BRISTER_I_YRKESUTOVNINGEN, LeaveReason.BRISTER_I_YRKESUTOVNINGEN, LeaveReason.BRISTER_I_YRKESUTOVNINGEN), 36, 11),
            new Plan("Jourhem samt plats i behandlingsfamilj för barn och unga upp till 20 år", "LOU_RAMAVTAL",
                    "Jourhem och behandlingsfamiljer för barn och unga upp till 20 år", "barn-unga", 26,
                    List.of(LeaveReason.KONKURS, LeaveReason.UTFORAREN_AVSLUTADE, LeaveReason.UTFORAREN_AVSLUTADE, LeaveReason.INDRAGET_IVO), 23, 7),
            new Plan("Enstaka platser i särskilt boende och korttidsboende för personer under 65 år (socialpsykiatri)", "LOU_RAMAVTAL",
                    "Särskilt boende och korttidsboende för personer under 65 år", "socialpsykiatri", 20,
                    List.of(LeaveReason.VERKSAMHET_EJ_STARTAD), 19, 9),
            new Plan("Öppenvård – dagbehandling med grundskola och dagverksamhet för unga", "LOU_RAMAVTAL",
                    "Öppenvård för unga: dagbehandling med grundskola", "barn-unga", 10, List.of(), 0, 0),
            new Plan("Öppenvård – familjebehandling, kontaktperson och utredningar", "LOU_RAMAVTAL",
                    "Öppenvård: familjebehandling, kontaktperson och utredningar", "barn-unga", 33, List.of(LeaveReason.VERKSAMHET_UPPHORT), 0, 0),
            new Plan("Öppenvård – stödboende samt träningslägenheter för ungdomar", "LOU_RAMAVTAL",
                    "Stödboende och träningslägenheter för ungdomar", "barn-unga", 53, List.of(), 0, 0),
            new Plan("Stödboende för vuxna med substansberoende alt. psykiska funktionsnedsättningar", "LOU_RAMAVTAL",
                    "Stödboende för vuxna", "vuxen", 20, List.of(), 0, 0),
            new Plan("HVB för vuxna med substansberoende och/eller psykisk eller neuropsykiatrisk funktionsnedsättning", "LOU_RAMAVTAL",
                    "HVB för vuxna", "vuxen", 38, List.of(), 0, 0),
            new Plan("Familjerådgivning", "LOV", "Familjerådgivning (valfrihetssystem)", "vuxen", 11, List.of(), 12, 0));

    static final String[] FIRST = {"Björkbacken", "Lindgläntan", "Ekudden", "Almhagen", "Rönnbärs", "Hasselstigen", "Lönnviken", "Aspnäs",
            "Granliden", "Tallmon", "Sälgvik", "Fläderhöjden", "Enbacken", "Videdal", "Hägghagen", "Ljungheden", "Mossmyra", "Blåklints", "Solrosens", "Vitsippans"};
    static final String[] SECOND = {"Omsorg AB", "Stöd och behandling AB", "Vård AB", "Familjecenter AB"};

    @Autowired private ProviderRegistry providers;
    @Autowired private AgreementRegistry agreements;
    @Autowired private MembershipRegistry memberships;
    @Autowired private SupplierFollowupService followups;
    @Autowired private SupplierFollowupStarter starter;
    @Autowired private SupplierFollowupDeadlines deadlines;
    @Autowired private SupplierPlanEditor supplierPlan;
    @Autowired private TaskService taskService;
    @Autowired private IdentityService identityService;
    @Autowired private TransactionTemplate tx;

    public void loadOnce() {
        if (agreements.allAgreements().stream().anyMatch(a -> a.name().equals(MARKER))) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> load());
            log.info("Supplier demo data created");
        } catch (RuntimeException e) {
            log.warn("Supplier demo data could not be created", e);
        } finally {
            identityService.clearAuthentication();
        }
    }

    static String orgNr(int serial) {
        return OrgNr.withCheckDigit("559999" + String.format("%03d", serial));
    }

    public void load() {
        CurrentUser admin = new CurrentUser("admin", List.of("admin"));
        List<Provider> pool = pool(admin);
        Provider ownFamily = providers.saveProvider(null, new ProviderForm("Familjerådgivningen, egen regi (fiktiv kommun)",
                OrgNr.withCheckDigit("212000999"), "Socialförvaltningen, familjerådgivningen", "EJ_TILLSTANDSPLIKT", true, null), admin);
        Map<String, List<Provider>> membersByAgreement = new HashMap<>();
        Map<String, Agreement> byName = new HashMap<>();
        int offset = 0;
        for (Plan plan : PLANS) {
            Agreement a = agreements.saveAgreement(null, new AgreementForm(plan.name(), plan.type(), plan.area(),
                    "2022-01-01", "2027-12-31", plan.unit(), null), admin);
            byName.put(plan.name(), a);
            List<Provider> chosen = new ArrayList<>();
            for (int i = 0; i < plan.atStart(); i++) {
                chosen.add(pool.get((offset + i) % pool.size()));
            }
            if (plan.type().equals("LOV")) {
                chosen.add(ownFamily);
            }
            offset += 13;
            List<AgreementMember> ms = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                ms.add(memberships.addMember(a.id(), String.valueOf(chosen.get(i).id()), LocalDate.of(2022, 1, 1).plusDays(i * 7L).toString(), admin));
            }
            // the last ones on the list left during 2024, with the reasons of the seed's table
            for (int j = 0; j < plan.leaving().size(); j++) {
                AgreementMember m = ms.get(ms.size() - 1 - j);
                memberships.endMembership(a.id(), m.id(), LocalDate.of(2024, 3, 15).plusDays(j * 61L).toString(), plan.leaving().get(j).name(),
                        "Demodata", admin);
            }
            for (int i = 0; i < plan.followedUp(); i++) {
                SupplierFollowupResult r = i < plan.notApproved() ? SupplierFollowupResult.EJ_GODKAND : SupplierFollowupResult.GODKAND;
                followups.recordFinished(a.id(), chosen.get(i).id(), 2024, r, LocalDate.of(2024, 4, 1).plusDays(i * 5L), "ivar");
            }
            membersByAgreement.put(plan.name(), chosen);
        }
        liveFollowups(byName, membersByAgreement);
        plannedFollowups(byName);
    }

    private List<Provider> pool(CurrentUser admin) {
        List<Provider> pool = new ArrayList<>();
        for (int i = 0; i < FIRST.length * SECOND.length; i++) {
            String first = FIRST[i % FIRST.length];
            pool.add(providers.saveProvider(null, new ProviderForm(first + " " + SECOND[i / FIRST.length] + " (fiktiv)", orgNr(i + 1),
                    "Kontaktperson, info@" + first.toLowerCase().replace("ö", "o").replace("ä", "a").replace("å", "a") + ".example",
                    i % 13 == 5 ? "ANSOKT" : "BEVILJAT", false, null), admin));
        }
        return pool;
    }

    /** Next year's plan för uppföljning och insyn (not yet fastställd), including the enkät to the LOV providers (seed 002). */
    private void plannedFollowups(Map<String, Agreement> byName) {
        CurrentUser admin = new CurrentUser("admin", List.of("admin"));
        int year = deadlines.today().getYear() + 1;
        record Line(String agreement, int offset, SupplierFollowupKind kind, SupplierPlanScope scope, String period, String note) {}
        List<Line> lines = List.of(
                new Line(MARKER, 0, SupplierFollowupKind.AVTALSUPPFOLJNING, SupplierPlanScope.ALLA, "Q1", "Begärd dokumentation enligt avtalet"),
                new Line("Familjerådgivning", 0, SupplierFollowupKind.ENKAT, SupplierPlanScope.ALLA, "M03",
                        "Enkät till utförarna inom kundvalet familjerådgivning med fokus på avtalsuppföljning"),
                new Line("HVB-hem för barn och unga upp till 20 år", 0, SupplierFollowupKind.KVALITETSUPPFOLJNING, SupplierPlanScope.MED_PLACERINGAR, "Q2",
                        "Utförare med placerade barn och unga"),
                new Line("Skyddat boende", 0, SupplierFollowupKind.DIALOG, SupplierPlanScope.ALLA, "M10", "Dialogmöte om uppföljningarnas resultat"),
                new Line(MARKER, 1, SupplierFollowupKind.KVALITETSUPPFOLJNING, SupplierPlanScope.ALLA, "Q2", null),
                new Line("Familjerådgivning", 2, SupplierFollowupKind.AVTALSUPPFOLJNING, SupplierPlanScope.ALLA, "Q1", null));
        for (Line l : lines) {
            Agreement a = byName.get(l.agreement());
            int itemYear = year + l.offset();
            if (a == null || (a.endDate() != null && a.endDate().getYear() < itemYear)) continue;
            supplierPlan.saveItem(year, null, new SupplierPlanItemForm(String.valueOf(a.id()), String.valueOf(itemYear),
                    l.kind().name(), l.scope().name(), l.period(), l.note()), admin);
        }
    }

    /** Follow-ups this year in different states: waiting for documents, under review, action plan, warning, approved. */
    private void liveFollowups(Map<String, Agreement> byName, Map<String, List<Provider>> members) {
        CurrentUser bo = new CurrentUser("bo", List.of("handlaggare", "vuxen"));
        CurrentUser anna = new CurrentUser("anna", List.of("handlaggare", "barn-unga"));
        String due = deadlines.documentationDue().toString();
        String later = deadlines.today().plusDays(45).toString();
        // 1. waiting for documentation
        as(bo);
        starter.start(byName.get("Avhopparverksamhet").id(), members.get("Avhopparverksamhet").get(0).id(),
                "Redovisning av systematiskt kvalitetsarbete, bemanningsplan och IVO-tillstånd.", due, false, bo);
        // 2. godkänd (LOV familjerådgivning)
        var approved = starter.start(byName.get("Familjerådgivning").id(), members.get("Familjerådgivning").get(0).id(),
                "Kvalitetsberättelse och avtalsuppföljningsenkät.", due, false, bo);
        complete(approved, "Task_RegisterDocumentation", bo, Map.of("receivedDocuments", "Kvalitetsberättelse och besvarad enkät."));
        complete(approved, "Task_ReviewChecklist", bo, review(false));
        // 3. ej godkänd, waiting for the provider's action plan (Skyddat boende)
        var actionPlan = starter.start(byName.get("Skyddat boende").id(), members.get("Skyddat boende").get(0).id(),
                "Kvalitetsledningssystem och egenkontroller.", due, false, bo);
        complete(actionPlan, "Task_RegisterDocumentation", bo, Map.of("receivedDocuments", "Rutiner för kvalitetsarbete (utan resultat)."));
        Map<String, Object> notApproved = review(true);
        notApproved.put("actionPlanDueDate", later);
        complete(actionPlan, "Task_ReviewChecklist", bo, notApproved);
        // 4. varning issued, waiting for the re-check (jourhem; reviewed by anna, warning by cecilia)
        as(anna);
        String jourhem = "Jourhem samt plats i behandlingsfamilj för barn och unga upp till 20 år";
        var warned = starter.start(byName.get(jourhem).id(), members.get(jourhem).get(1).id(),
                "Kompetensutvecklingsplan och bemanning.", due, false, anna);
        complete(warned, "Task_RegisterDocumentation", anna, Map.of("receivedDocuments", "Bemanningsschema."));
        complete(warned, "Task_ReviewChecklist", anna, notApproved);
        complete(warned, "Task_RegisterActionPlan", anna, Map.of("actionPlan", "Fortbildningsplan för 2025.", "recheckDate", later));
        complete(warned, "Task_Recheck", anna, Map.of("recheckOutcome", "ej_atgardat", "recheckComment", "Ingen fortbildning genomförd."));
        CurrentUser cecilia = new CurrentUser("cecilia", List.of("chefer", "barn-unga-chefer"));
        complete(warned, "Task_IssueWarning", cecilia, Map.of("warningText", "Varning: kompetensutveckling saknas trots åtgärdsplan.", "warningDeadline", later));
        // 5. fördjupad uppföljning after an individual follow-up, under review (HVB barn och unga)
        String hvb = "HVB-hem för barn och unga upp till 20 år";
        var deep = starter.start(byName.get(hvb).id(), members.get(hvb).get(2).id(),
                "Hälso- och sjukvård, samverkan med andra vårdinstanser, bemanning och planering av sociala insatser.", due, true, anna);
        complete(deep, "Task_RegisterDocumentation", anna, Map.of("receivedDocuments", "Journalutdrag, bemanningsschema, samverkansrutiner."));
    }

    private Map<String, Object> review(boolean deficient) {
        Map<String, Object> v = new HashMap<>();
        for (ChecklistArea a : ChecklistArea.values()) v.put(a.formKey(), deficient && a == ChecklistArea.KVALITETSARBETE ? "brist" : "uppfyllt");
        v.put("result", deficient ? "ej_godkand" : "godkand");
        if (deficient) v.put("findings", "Redovisningen av det systematiska kvalitetsarbetet beskriver rutiner men saknar resultat, analys och förbättringsåtgärder.");
        return v;
    }

    private void as(CurrentUser user) { identityService.setAuthentication(user.id(), user.groups()); }

    private void complete(SupplierFollowup f, String taskKey, CurrentUser user, Map<String, Object> values) {
        as(user);
        Task t = taskService.createTaskQuery().processInstanceId(f.processInstanceId()).taskDefinitionKey(taskKey).singleResult();
        taskService.claim(t.getId(), user.id());
        taskService.complete(t.getId(), values);
    }
}
