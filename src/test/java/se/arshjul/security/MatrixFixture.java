package se.arshjul.security;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.arshjul.cycle.DocumentType;
import se.arshjul.reports.FollowupTestData;
import se.arshjul.reports.ReportWorkflow;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.RiskForm;
import se.arshjul.internalcontrol.SodertaljeControls;
import se.arshjul.planning.PlanTestData;
import se.arshjul.suppliers.registry.AgreementForm;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.MembershipRegistry;
import se.arshjul.suppliers.registry.ProviderForm;
import se.arshjul.suppliers.registry.ProviderRegistry;

/**
 * Records owned by unit A (barn-unga) for the access matrix: a draft plan and a delårsrapport with a
 * barn-unga section, a supplier agreement with a member, a follow-up with an attachment, risks and a
 * control. Built once per JVM (the records outlive the per-test cleanup, which only removes
 * process instances and notifications); ids are the values of the matrix's URL placeholders.
 */
@Component
class MatrixFixture {
    static final String UNIT_A = "barn-unga";
    static final int IC_YEAR = 2077;
    static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));

    private final PlanTestData plans;
    private final FollowupTestData followups;
    private final ReportWorkflow reports;
    private final InternalControlService internalControl;
    private final ProviderRegistry providers;
    private final AgreementRegistry agreements;
    private final MembershipRegistry memberships;
    private final RepositoryService repository;
    private final se.arshjul.suppliers.plan.SupplierPlanEditor supplierPlan;
    private final JdbcTemplate jdbc;
    private Map<String, String> ids;

    MatrixFixture(PlanTestData plans, FollowupTestData followups, ReportWorkflow reports, InternalControlService internalControl,
                  ProviderRegistry providers, AgreementRegistry agreements, MembershipRegistry memberships, RepositoryService repository,
                  JdbcTemplate jdbc, se.arshjul.suppliers.plan.SupplierPlanEditor supplierPlan) {
        this.supplierPlan = supplierPlan;
        this.plans = plans;
        this.followups = followups;
        this.reports = reports;
        this.internalControl = internalControl;
        this.providers = providers;
        this.agreements = agreements;
        this.memberships = memberships;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    synchronized Map<String, String> ids() throws Exception {
        if (ids != null) return ids;
        Map<String, String> m = new HashMap<>();
        var draft = plans.editableDraft();
        m.put("plan", String.valueOf(draft.id()));
        m.put("planYear", String.valueOf(draft.planYear()));
        m.put("planSectionA", jdbc.queryForObject("SELECT MIN(section_key) FROM plan_section WHERE plan_id = ? AND unit_group = ?",
                String.class, draft.id(), UNIT_A));

        int year = followups.freeYear();
        followups.decidedPlan(year);
        reports.start(year, DocumentType.DELAR1);
        long report = jdbc.queryForObject("SELECT id FROM followup_report WHERE doc_type = 'DELAR1' AND report_year = ?", Long.class, year);
        m.put("report", String.valueOf(report));
        m.put("reportSectionA", jdbc.queryForObject("SELECT MIN(section_key) FROM report_section WHERE report_id = ? AND unit_group = ?",
                String.class, report, UNIT_A));
        reports.start(year, DocumentType.VB);
        m.put("vbReport", String.valueOf(jdbc.queryForObject("SELECT id FROM followup_report WHERE doc_type = 'VB' AND report_year = ?",
                Long.class, year)));

        var provider = providers.saveProvider(null, new ProviderForm("Matrisutföraren AB",
                se.arshjul.suppliers.registry.OrgNr.withCheckDigit("55" + String.format("%07d", (int) (Math.random() * 10_000_000))),
                "kontakt@example.se", "BEVILJAT", false, null), ADMIN);
        var agreement = agreements.saveAgreement(null, new AgreementForm("Matrisavtal", "LOU_RAMAVTAL", "HVB för barn",
                "2020-01-01", "", UNIT_A, null), ADMIN);
        var member = memberships.addMember(agreement.id(), String.valueOf(provider.id()), "2020-02-01", ADMIN);
        m.put("provider", String.valueOf(provider.id()));
        m.put("agreement", String.valueOf(agreement.id()));
        m.put("member", String.valueOf(member.id()));
        jdbc.update("INSERT INTO supplier_followup (agreement_id, provider_id, follow_up_year, deep, status, created_at) "
                + "VALUES (?, ?, ?, FALSE, 'GRANSKNING', ?)", agreement.id(), provider.id(), IC_YEAR, Timestamp.valueOf(LocalDateTime.now()));
        m.put("supplierFollowup", String.valueOf(jdbc.queryForObject("SELECT MAX(id) FROM supplier_followup WHERE agreement_id = ?",
                Long.class, agreement.id())));

        m.put("planItem", String.valueOf(supplierPlan.saveItem(IC_YEAR, null, new se.arshjul.suppliers.plan.SupplierPlanItemForm(
                String.valueOf(agreement.id()), String.valueOf(IC_YEAR), "ENKAT", "ALLA", "M03", "Matrisenkät"), ADMIN).id()));

        RiskForm risk = new RiskForm();
        risk.setProcess("Matris");
        risk.setRisk("Matrisrisk");
        risk.setSannolikhet("2");
        risk.setKonsekvens("2");
        var savedRisk = internalControl.saveRisk(IC_YEAR, null, risk, ADMIN);
        m.put("icYear", String.valueOf(IC_YEAR));
        m.put("risk", String.valueOf(savedRisk.id()));
        m.put("riskAction", String.valueOf(internalControl.saveRiskAction(IC_YEAR, savedRisk.id(), null, "Matrisåtgärd", null, null,
                "BLIR_KLART_I_AR", null, ADMIN).id()));
        m.put("control", String.valueOf(internalControl.saveControl(IC_YEAR, null, SodertaljeControls.BILAGA_1.get(0).form(), ADMIN).id()));

        m.put("definition", repository.createProcessDefinitionQuery().processDefinitionKey("Granskning").latestVersion().singleResult().getId());
        m.put("formFile", "granskning-skriv.form");
        ids = Map.copyOf(m);
        return ids;
    }

    /** A fresh attachment on the fixture's supplier follow-up (so a permitted delete in one test does not starve the next). */
    String attachment() throws Exception {
        jdbc.update("INSERT INTO attachment (owner_type, owner_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at) "
                        + "VALUES ('leverantorsuppfoljning', ?, 'matris.pdf', 'application/pdf', 4, ?, 'admin', ?)",
                Long.parseLong(ids().get("supplierFollowup")), "%PDF".getBytes(), Timestamp.valueOf(LocalDateTime.now()));
        return String.valueOf(jdbc.queryForObject("SELECT MAX(id) FROM attachment", Long.class));
    }
}
