package se.arshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static se.arshjul.security.EndpointAccessMatrixWebTest.Role.ADMIN;
import static se.arshjul.security.EndpointAccessMatrixWebTest.Role.ANONYMOUS;
import static se.arshjul.security.EndpointAccessMatrixWebTest.Role.LEDNING;
import static se.arshjul.security.EndpointAccessMatrixWebTest.Role.MANAGER_A;
import static se.arshjul.security.EndpointAccessMatrixWebTest.Role.SECRETARY;
import static se.arshjul.security.EndpointAccessMatrixWebTest.Role.STAFF_A;
import static se.arshjul.security.EndpointAccessMatrixWebTest.Role.STAFF_B;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.arshjul.support.AppTestBase;
import se.arshjul.support.DatabaseSnapshot;

/**
 * Every application endpoint × role, table-driven. The table must name every controller mapping
 * (read from Spring's RequestMappingHandlerMapping), so a new endpoint without an entry fails
 * {@link #everyControllerMappingHasARowInTheMatrix()}. Records belong to unit A (barn-unga): staff
 * of unit B (bo, vuxen) and roles outside the unit must get 403, anonymous users the login page,
 * and a refused POST must leave the database as it was. Permitted POSTs are sent with input that
 * passes the access check; they must not answer 403 (most then fail validation, which is fine here).
 * The Camunda webapps and /engine-rest are outside Spring MVC: see {@link AccessMatrixWebTest}.
 */
class EndpointAccessMatrixWebTest extends AppTestBase {

    enum Role {
        ANONYMOUS(null), STAFF_A("anna"), STAFF_B("bo"), MANAGER_A("cecilia"), LEDNING("dan"), SECRETARY("eva"), ADMIN("admin");

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    /** What an allowed role may not be given and what every signed-in user may have. */
    static final Set<Role> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    static final Set<Role> UNIT_A = EnumSet.of(STAFF_A, MANAGER_A, LEDNING, ADMIN);
    static final Set<Role> UNIT_A_TASK = EnumSet.of(STAFF_A, MANAGER_A);
    static final Set<Role> IC_EDITORS = EnumSet.of(LEDNING, ADMIN);
    static final Set<Role> ADMINS = EnumSet.of(ADMIN);
    static final Set<Role> PROVIDER_EDITORS = EnumSet.of(STAFF_A, STAFF_B, MANAGER_A, LEDNING, ADMIN);
    static final Set<Role> SUPPLIER_PLANNERS = EnumSet.of(MANAGER_A, LEDNING, ADMIN);
    /** Copying and establishing the whole supplier plan (every unit's lines): not unit managers. */
    static final Set<Role> WHOLE_SUPPLIER_PLAN = EnumSet.of(LEDNING, ADMIN);
    static final Set<Role> PUBLIC = EnumSet.allOf(Role.class);

    /**
     * One endpoint: its mapping key, a concrete URL ({placeholders} from the fixture), form fields,
     * the roles allowed, and whether a permitted request is sent at all (false where it would do
     * something irreversible to the shared fixture; those are covered by the feature's own tests).
     */
    record Row(String mapping, String url, Map<String, String> params, Set<Role> allowed, boolean sendWhenAllowed, int allowedStatus,
               int deniedStatus) {
        Row(String mapping, String url, Map<String, String> params, Set<Role> allowed, boolean sendWhenAllowed) {
            this(mapping, url, params, allowed, sendWhenAllowed, 0, 403);
        }

        String method() {
            return mapping.substring(0, mapping.indexOf(' '));
        }
    }

    static final List<Row> MATRIX = new ArrayList<>();

    static {
        // home, login, errors
        get("GET /", "/", SIGNED_IN);
        get("GET /login", "/login", PUBLIC);
        // The error pages answer with the status they describe, to anyone.
        MATRIX.add(new Row("ANY /fel/403", "/fel/403", Map.of(), PUBLIC, true, 403, 403));
        MATRIX.add(new Row("ANY /error", "/error", Map.of(), PUBLIC, true, 500, 500));
        // tasks: a Granskning write task of barn-unga
        get("GET /uppgifter", "/uppgifter", SIGNED_IN);
        get("GET /uppgifter/{id}", "/uppgifter/{task}", UNIT_A_TASK);
        post("POST /uppgifter/{id}/ta", "/uppgifter/{task}/ta", UNIT_A_TASK);
        post("POST /uppgifter/{id}/lamna", "/uppgifter/{task}/lamna", EnumSet.of(MANAGER_A));
        post("POST /uppgifter/{id}/tilldela", "/uppgifter/{task}/tilldela", EnumSet.of(MANAGER_A), "assignee", "anna");
        post("POST /uppgifter/{id}/kommentar", "/uppgifter/{task}/kommentar", UNIT_A_TASK, "comment", "Matriskommentar");
        post("POST /uppgifter/{id}/slutfor", "/uppgifter/{task}/slutfor", UNIT_A_TASK);
        // notifications: one of anna's; others do not find it
        get("GET /notiser", "/notiser", SIGNED_IN);
        post("POST /notiser/las-alla", "/notiser/las-alla", SIGNED_IN);
        // Someone else's notification is not found (404): its existence is not revealed.
        MATRIX.add(new Row("POST /notiser/{id}/oppna", "/notiser/{notification}/oppna", Map.of(), EnumSet.of(STAFF_A), true, 0, 404));
        // verksamhetsplan: everybody reads, barn-unga's section is written by its unit
        get("GET /verksamhetsplan", "/verksamhetsplan", SIGNED_IN);
        get("GET /verksamhetsplan/{id}", "/verksamhetsplan/{plan}", SIGNED_IN);
        get("GET /verksamhetsplan/{id}/dokument", "/verksamhetsplan/{plan}/dokument", SIGNED_IN);
        get("GET /verksamhetsplan/{id}/dokument.pdf", "/verksamhetsplan/{plan}/dokument.pdf", SIGNED_IN);
        get("GET /verksamhetsplan/{id}/avsnitt/{key}", "/verksamhetsplan/{plan}/avsnitt/{planSectionA}", SIGNED_IN);
        post("POST /verksamhetsplan/{id}/avsnitt/{key}", "/verksamhetsplan/{plan}/avsnitt/{planSectionA}", UNIT_A, "version", "-1");
        post("POST /verksamhetsplan/starta", "/verksamhetsplan/starta", EnumSet.of(LEDNING, ADMIN), "year", "{planYear}");
        post("POST /verksamhetsplan/{id}/korrigera", "/verksamhetsplan/{plan}/korrigera", EnumSet.of(LEDNING, ADMIN));
        // follow-up reports
        get("GET /uppfoljning", "/uppfoljning", SIGNED_IN);
        get("GET /uppfoljning/{id}", "/uppfoljning/{report}", SIGNED_IN);
        get("GET /uppfoljning/{id}/dokument", "/uppfoljning/{report}/dokument", SIGNED_IN);
        get("GET /uppfoljning/{id}/dokument.pdf", "/uppfoljning/{report}/dokument.pdf", SIGNED_IN);
        get("GET /uppfoljning/{id}/avsnitt/{key}", "/uppfoljning/{report}/avsnitt/{reportSectionA}", SIGNED_IN);
        post("POST /uppfoljning/{id}/avsnitt/{key}", "/uppfoljning/{report}/avsnitt/{reportSectionA}", UNIT_A, "version", "-1");
        // the VB's förbättringsområden: everybody reads, förvaltningsledningen writes
        get("GET /uppfoljning/{id}/forbattringsomraden", "/uppfoljning/{vbReport}/forbattringsomraden", SIGNED_IN);
        post("POST /uppfoljning/{id}/forbattringsomraden", "/uppfoljning/{vbReport}/forbattringsomraden", IC_EDITORS,
                "body", "Matristext", "version", "-1");
        // attachments of a supplier follow-up of a barn-unga agreement
        post("POST /bilagor/{type}/{ownerId}", "/bilagor/leverantorsuppfoljning/{supplierFollowup}", UNIT_A);
        get("GET /bilagor/{id}", "/bilagor/{attachment}", UNIT_A);
        post("POST /bilagor/{id}/ta-bort", "/bilagor/{attachment}/ta-bort", UNIT_A);
        // internkontroll: everybody reads, controller/ledning/admin edit
        get("GET /internkontroll", "/internkontroll", SIGNED_IN);
        get("GET /internkontroll/{year}", "/internkontroll/{icYear}", SIGNED_IN);
        get("GET /internkontroll/{year}/risker/ny", "/internkontroll/{icYear}/risker/ny", IC_EDITORS);
        get("GET /internkontroll/{year}/risker/{id}", "/internkontroll/{icYear}/risker/{risk}", IC_EDITORS);
        get("GET /internkontroll/{year}/kontroller/ny", "/internkontroll/{icYear}/kontroller/ny", IC_EDITORS);
        get("GET /internkontroll/{year}/kontroller/{id}", "/internkontroll/{icYear}/kontroller/{control}", SIGNED_IN);
        get("GET /internkontroll/{year}/rapport/{document}", "/internkontroll/{icYear}/rapport/DELAR1", SIGNED_IN);
        get("GET /internkontroll/{year}/uppfoljning", "/internkontroll/{icYear}/uppfoljning", SIGNED_IN);
        post("POST /internkontroll/{year}/grans", "/internkontroll/{icYear}/grans", IC_EDITORS, "threshold", "abc");
        MATRIX.add(new Row("POST /internkontroll/{year}/faststall", "/internkontroll/{icYear}/faststall", Map.of(), IC_EDITORS, false));
        post("POST /internkontroll/{year}/risker", "/internkontroll/{icYear}/risker", IC_EDITORS);
        post("POST /internkontroll/{year}/risker/{id}", "/internkontroll/{icYear}/risker/{risk}", IC_EDITORS);
        post("POST /internkontroll/{year}/risker/{id}/atgarder", "/internkontroll/{icYear}/risker/{risk}/atgarder", IC_EDITORS);
        post("POST /internkontroll/{year}/risker/{id}/atgarder/{actionId}", "/internkontroll/{icYear}/risker/{risk}/atgarder/{riskAction}",
                IC_EDITORS);
        post("POST /internkontroll/{year}/kontroller", "/internkontroll/{icYear}/kontroller", IC_EDITORS);
        post("POST /internkontroll/{year}/kontroller/{id}", "/internkontroll/{icYear}/kontroller/{control}", IC_EDITORS);
        post("POST /internkontroll/{year}/rapport/{document}", "/internkontroll/{icYear}/rapport/DELAR1", IC_EDITORS, "version", "-1");
        post("POST /internkontroll/{year}/overforing", "/internkontroll/{icYear}/overforing", IC_EDITORS);
        // suppliers: a barn-unga agreement; the register is edited by staff and managers
        get("GET /leverantorer", "/leverantorer", SIGNED_IN);
        get("GET /leverantorer/ny", "/leverantorer/ny", PROVIDER_EDITORS);
        get("GET /leverantorer/{id}", "/leverantorer/{provider}", SIGNED_IN);
        get("GET /leverantorer/{id}/redigera", "/leverantorer/{provider}/redigera", PROVIDER_EDITORS);
        get("GET /leverantorer/rapport", "/leverantorer/rapport", SIGNED_IN);
        post("POST /leverantorer/ny", "/leverantorer/ny", PROVIDER_EDITORS);
        post("POST /leverantorer/{id}/redigera", "/leverantorer/{provider}/redigera", PROVIDER_EDITORS, "version", "-1");
        get("GET /leverantorer/avtal", "/leverantorer/avtal", SIGNED_IN);
        get("GET /leverantorer/avtal/ny", "/leverantorer/avtal/ny", SIGNED_IN);
        get("GET /leverantorer/avtal/{id}", "/leverantorer/avtal/{agreement}", SIGNED_IN);
        get("GET /leverantorer/avtal/{id}/redigera", "/leverantorer/avtal/{agreement}/redigera", UNIT_A);
        // A new agreement names its unit in the form: another unit is a form error ("Du kan bara ange en enhet du själv tillhör").
        MATRIX.add(new Row("POST /leverantorer/avtal/ny", "/leverantorer/avtal/ny", Map.of("responsibleUnit", "barn-unga"), UNIT_A, true, 0, 422));
        post("POST /leverantorer/avtal/{id}/redigera", "/leverantorer/avtal/{agreement}/redigera", UNIT_A, "version", "-1");
        post("POST /leverantorer/avtal/{id}/utforare", "/leverantorer/avtal/{agreement}/utforare", UNIT_A);
        post("POST /leverantorer/avtal/{id}/utforare/{memberId}/avsluta", "/leverantorer/avtal/{agreement}/utforare/{member}/avsluta", UNIT_A);
        post("POST /leverantorer/avtal/{id}/utforare/{memberId}/placeringar", "/leverantorer/avtal/{agreement}/utforare/{member}/placeringar",
                UNIT_A, "placements", "true");
        post("POST /leverantorer/avtal/{id}/uppfoljning", "/leverantorer/avtal/{agreement}/uppfoljning", UNIT_A);
        get("GET /leverantorer/plan", "/leverantorer/plan", SIGNED_IN);
        get("GET /leverantorer/plan/{year}", "/leverantorer/plan/{icYear}", SIGNED_IN);
        post("POST /leverantorer/plan/{year}/rader", "/leverantorer/plan/{icYear}/rader", SUPPLIER_PLANNERS, "agreementId", "{agreement}");
        MATRIX.add(new Row("POST /leverantorer/plan/{year}/rader/{itemId}/ta-bort", "/leverantorer/plan/{icYear}/rader/{planItem}/ta-bort",
                Map.of(), SUPPLIER_PLANNERS, false));
        MATRIX.add(new Row("POST /leverantorer/plan/{year}/kopiera", "/leverantorer/plan/{icYear}/kopiera", Map.of(), WHOLE_SUPPLIER_PLAN, false));
        MATRIX.add(new Row("POST /leverantorer/plan/{year}/faststall", "/leverantorer/plan/{icYear}/faststall", Map.of(), WHOLE_SUPPLIER_PLAN, false));
        // the annual cycle; its calendar is an admin page
        get("GET /arshjul", "/arshjul", SIGNED_IN);
        get("GET /arshjul/{year}", "/arshjul/{icYear}", SIGNED_IN);
        get("GET /admin/arshjul/{year}", "/admin/arshjul/{icYear}", ADMINS);
        post("POST /admin/arshjul/{year}", "/admin/arshjul/{icYear}", ADMINS, "VP.start", "31/12");
        MATRIX.add(new Row("POST /admin/arshjul/{year}/starta/{type}", "/admin/arshjul/{icYear}/starta/VP", Map.of(), ADMINS, false));
        // models and forms: admins only
        get("GET /admin/modeller", "/admin/modeller", ADMINS);
        get("GET /admin/modeller/installningar", "/admin/modeller/installningar", ADMINS);
        post("POST /admin/modeller/installningar", "/admin/modeller/installningar", ADMINS,
                "processKey", "Granskning", "taskId", "Task_WriteSection", "dueDateDuration", "tio dagar");
        get("GET /admin/modeller/version/{id}", "/admin/modeller/version/{definition}", ADMINS);
        get("GET /admin/modeller/version/{id}/diagram", "/admin/modeller/version/{definition}/diagram", ADMINS);
        get("GET /admin/modeller/version/{id}/xml", "/admin/modeller/version/{definition}/xml", ADMINS);
        get("GET /admin/modeller/version/{id}/redigera", "/admin/modeller/version/{definition}/redigera", ADMINS);
        MATRIX.add(new Row("POST /admin/modeller/version/{id}/driftsatt", "/admin/modeller/version/{definition}/driftsatt", Map.of(), ADMINS, false));
        post("POST /admin/modeller/ladda-upp", "/admin/modeller/ladda-upp", ADMINS);
        get("GET /admin/modeller/formular/{fileName}/redigera", "/admin/modeller/formular/{formFile}/redigera", ADMINS);
        get("GET /admin/modeller/formular/{fileName}/schema", "/admin/modeller/formular/{formFile}/schema", ADMINS);
        get("GET /admin/modeller/formular/{fileName}/fil", "/admin/modeller/formular/{formFile}/fil", ADMINS);
        MATRIX.add(new Row("POST /admin/modeller/formular/{fileName}/driftsatt", "/admin/modeller/formular/{formFile}/driftsatt", Map.of(), ADMINS, false));
        get("GET /admin/modeller/export", "/admin/modeller/export", ADMINS);
        get("GET /admin/modeller/migrering/{id}", "/admin/modeller/migrering/{definition}", ADMINS);
        MATRIX.add(new Row("POST /admin/modeller/migrering/{id}", "/admin/modeller/migrering/{definition}", Map.of(), ADMINS, false));
    }

    private static void get(String mapping, String url, Set<Role> allowed) {
        MATRIX.add(new Row(mapping, url, Map.of(), allowed, true));
    }

    private static void post(String mapping, String url, Set<Role> allowed, String... fields) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) params.put(fields[i], fields[i + 1]);
        MATRIX.add(new Row(mapping, url, params, allowed, true));
    }

    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping;
    @Autowired MatrixFixture fixture;
    @Autowired se.arshjul.notifications.NotificationService notifications;

    @Test
    void everyControllerMappingHasARowInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
            for (String m : methods) for (String p : info.getPatternValues()) mapped.add(m + " " + p);
        });
        Set<String> inMatrix = new TreeSet<>(MATRIX.stream().map(Row::mapping).toList());
        assertThat(inMatrix).as("matrix rows for mappings that do not exist").isSubsetOf(mapped);
        assertThat(mapped).as("controller mappings without a row in the access matrix").isSubsetOf(inMatrix);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void everyEndpointAnswersTheRoleAsTheMatrixSays(Role role) throws Exception {
        Map<String, String> ids = new java.util.HashMap<>(fixture.ids());
        List<String> failures = new ArrayList<>();
        for (Row row : MATRIX) {
            boolean allowed = row.allowed().contains(role);
            if (allowed && !row.sendWhenAllowed()) continue;
            // Fresh records that a permitted request may consume: a task, a notification, an attachment, a plan item.
            ProcessInstance pi = null;
            if (row.url().contains("{task}")) {
                pi = startReview("VP-2077", MatrixFixture.UNIT_A, "Matrisuppgift");
                ids.put("task", currentTask(pi).getId());
            }
            if (row.url().contains("{notification}")) {
                notifications.notifyUsers(List.of("anna"), se.arshjul.notifications.Notification.Kind.INFO, "Matris", "Text", "/notiser");
                ids.put("notification", String.valueOf(notifications.latest("anna").get(0).id()));
            }
            if (row.url().contains("{attachment}")) ids.put("attachment", fixture.attachment());
            String url = resolve(row.url(), ids);

            DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
            MockHttpServletResponse r = mvc.perform(request(row, url, ids, role)).andReturn().getResponse();
            String outcome = row.method() + " " + url + " as " + role + " → " + r.getStatus() + " " + (r.getRedirectedUrl() == null ? "" : r.getRedirectedUrl());
            if (role == ANONYMOUS && !allowed) {
                if (r.getStatus() != 302 || r.getRedirectedUrl() == null || !r.getRedirectedUrl().endsWith("/login")) {
                    failures.add(outcome + " (expected the login page)");
                }
            } else if (!allowed) {
                if (r.getStatus() != row.deniedStatus()) failures.add(outcome + " (expected " + row.deniedStatus() + ")");
            } else if (row.allowedStatus() != 0) {
                if (r.getStatus() != row.allowedStatus()) failures.add(outcome + " (expected " + row.allowedStatus() + ")");
            } else if (r.getStatus() == 403 || r.getStatus() >= 500
                    || (r.getRedirectedUrl() != null && r.getRedirectedUrl().endsWith("/login"))) {
                failures.add(outcome + " (expected to be let through)");
            } else if (row.method().equals("GET") && r.getStatus() != 200 && r.getStatus() != 302) {
                failures.add(outcome + " (expected the page)");
            }
            if (!allowed && !row.method().equals("GET")) {
                List<String> changed = before.changedTables(DatabaseSnapshot.of(jdbc));
                if (!changed.isEmpty()) failures.add(outcome + " changed " + changed);
            }
            if (pi != null && runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0) {
                runtimeService.deleteProcessInstance(pi.getId(), "matrix", true, true);
            }
        }
        assertThat(failures).as("access matrix deviations for " + role).isEmpty();
    }

    private MockHttpServletRequestBuilder request(Row row, String url, Map<String, String> ids, Role role) {
        MockHttpServletRequestBuilder b = row.method().equals("POST") ? MockMvcRequestBuilders.post(url).with(csrf())
                : MockMvcRequestBuilders.get(url);
        row.params().forEach((k, v) -> b.param(k, resolve(v, ids)));
        if (role.user != null) b.with(as(role.user));
        return b;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static String resolve(String template, Map<String, String> ids) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = ids.get(m.group(1));
            if (value == null) throw new IllegalStateException("No fixture value for " + m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
