package se.arshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import se.arshjul.support.AppTestBase;
import se.arshjul.support.DatabaseSnapshot;
import se.arshjul.support.HttpSession;

/**
 * A catalogue of bad input, one row each: malformed and out-of-range numbers, too-long texts,
 * invalid dates, wrong organisationsnummer and unknown ids. Every row must answer with a clear
 * Swedish message (no stack trace, never 500) and leave every table as it was.
 */
class BadInputCatalogueWebTest extends AppTestBase {

    @Autowired MatrixFixture fixture;
    @Autowired se.arshjul.reports.FollowupTestData followups;
    @Autowired se.arshjul.reports.ReportWorkflow reports;

    /** A form post: who sends it, where, what, and the message the user must see (after a redirect if there is one). */
    record Case(String what, String user, String url, Map<String, String> params, String message) {}

    static String longText(int length) {
        return "å".repeat(length);
    }

    private List<Case> formCases(Map<String, String> ids) throws Exception {
        String ic = "/internkontroll/" + ids.get("icYear");
        String risk = ic + "/risker";
        List<Case> cases = new ArrayList<>();
        for (String bad : List.of("12,3,4", "1e5", "-1", "5", "2,5", "")) {
            cases.add(new Case("sannolikhet " + bad, "admin", risk, form("process", "P", "risk", "R", "sannolikhet", bad, "konsekvens", "2"),
                    "Välj ett av alternativen."));
        }
        for (String bad : List.of("12,3,4", "1e5", "-3", "17", "0")) {
            cases.add(new Case("gränsvärde " + bad, "admin", ic + "/grans", form("threshold", bad),
                    "Ange ett heltal mellan 1 och 16."));
        }
        cases.add(new Case("risk text too long", "admin", risk, form("process", "P", "risk", longText(1001), "sannolikhet", "2", "konsekvens", "2"),
                "Högst 1\u00a0000 tecken (nu 1\u00a0001)."));
        for (String bad : List.of("2024-02-30", "31/12", "2024-13-01")) {
            cases.add(new Case("åtgärd klart senast " + bad, "admin", ic + "/risker/" + ids.get("risk") + "/atgarder",
                    form("description", "Ny åtgärd", "deadline", bad, "status", "KLART"), "Skriv datumet som åååå-mm-dd, till exempel 2026-03-31."));
        }

        for (String[] orgNr : new String[][] {{"556000-0002", "kontrollsiffran stämmer inte"}, {"5560000009", "kontrollsiffran stämmer inte"},
                {"12345", "tio siffror"}, {"55600a-0000", "tio siffror"}}) {
            cases.add(new Case("organisationsnummer " + orgNr[0], "anna", "/leverantorer/ny",
                    form("name", "Felaktiga AB", "orgNr", orgNr[0], "ivoPermit", "BEVILJAT"), orgNr[1]));
        }
        cases.add(new Case("utförarnamn för långt", "anna", "/leverantorer/ny",
                form("name", longText(201), "orgNr", "556000-0000", "ivoPermit", "BEVILJAT"), "Högst 200 tecken (nu 201)."));
        for (String bad : List.of("2024-02-30", "31/12", "1e5")) {
            cases.add(new Case("avtal startdatum " + bad, "anna", "/leverantorer/avtal/ny", form("name", "Avtal", "type", "LOU_RAMAVTAL",
                    "area", "HVB", "startDate", bad, "responsibleUnit", "barn-unga"), "Skriv datumet som åååå-mm-dd, till exempel 2026-03-31."));
        }
        cases.add(new Case("avtal slutar före start", "anna", "/leverantorer/avtal/ny", form("name", "Avtal", "type", "LOU_RAMAVTAL",
                "area", "HVB", "startDate", "2024-06-01", "endDate", "2024-01-01", "responsibleUnit", "barn-unga"),
                "Avtalsperioden kan inte sluta före den börjar."));
        cases.add(new Case("utförare går med ogiltigt datum", "anna", "/leverantorer/avtal/" + ids.get("agreement") + "/utforare",
                form("providerId", ids.get("provider"), "joinedOn", "2024-02-30"), "Skriv datumet som åååå-mm-dd, till exempel 2026-03-31."));

        // Plan section: indicator outcomes in Swedish format only.
        String planSection = "/verksamhetsplan/" + ids.get("plan") + "/avsnitt/" + ids.get("planSectionA");
        String planPage = page(planSection, "anna");
        String outcomeField = firstMatch(planPage, "name=\"(ind\\[0]\\.v\\d{4})\"");
        for (String bad : List.of("12,3,4", "1e5", "12.3.4", "tolv")) {
            cases.add(new Case("indikatorutfall " + bad, "anna", planSection, form("version", firstMatch(planPage, "name=\"version\" value=\"(\\d+)\""),
                    "description", "Text", "ind[0].name", "Indikator", "ind[0].ordning", "1", outcomeField, bad), "Rätta det som är markerat."));
        }
        cases.add(new Case("nämndmålstext för lång", "anna", planSection, form("version", firstMatch(planPage, "name=\"version\" value=\"(\\d+)\""),
                "description", longText(20_001), "ind[0].name", "Indikator", "ind[0].ordning", "1"), "Rätta det som är markerat."));

        // Follow-up section: outcomes and prognoses.
        String reportSection = "/uppfoljning/" + ids.get("report") + "/avsnitt/" + ids.get("reportSectionA");
        String reportPage = page(reportSection, "anna");
        String version = firstMatch(reportPage, "name=\"version\" value=\"(\\d+)\"");
        String numberField = firstMatch(reportPage, "name=\"((?:outcome|prognos)\\.0)\"");
        for (String bad : List.of("12,3,4", "1e5", "51 9,27")) {
            cases.add(new Case("uppföljning " + numberField + " " + bad, "anna", reportSection, form("version", version, numberField, bad),
                    "Formuläret sparades inte. Rätta det som är markerat."));
        }
        cases.add(new Case("uppföljning analys för lång", "anna", reportSection, form("version", version, "analys", longText(20_001)),
                "Formuläret sparades inte. Rätta det som är markerat."));
        for (String bad : List.of("2024-02-30", "31/12")) {
            cases.add(new Case("årshjulskalender " + bad, "admin", "/admin/arshjul/2079", form("DELAR1.periodEnd", bad, "DELAR1.startDate", bad),
                    "Skriv datumet som åååå-mm-dd, till exempel 2026-03-31."));
        }

        // Personnel figures of a verksamhetsberättelse: percentages at most 100, head counts whole.
        int vbYear = followups.freeYear();
        followups.decidedPlan(vbYear);
        reports.start(vbYear, se.arshjul.cycle.DocumentType.VB);
        long vb = jdbc.queryForObject("SELECT id FROM followup_report WHERE doc_type = 'VB' AND report_year = ?", Long.class, vbYear);
        String personnel = "/uppfoljning/" + vb + "/avsnitt/personal";
        String personnelVersion = firstMatch(page(personnel, "gustav"), "name=\"version\" value=\"(\\d+)\"");
        cases.add(new Case("sjukfrånvaro 140 %", "gustav", personnel, form("version", personnelVersion, "current.1", "140"),
                "Ange en andel i procent, högst 100."));
        cases.add(new Case("antal anställda 1 152,5", "gustav", personnel, form("version", personnelVersion, "current.0", "1 152,5"),
                "Ange ett helt antal."));
        return cases;
    }

    @Test
    void badFormInputGetsASwedishMessageAndChangesNothing() throws Exception {
        Map<String, String> ids = fixture.ids();
        List<String> failures = new ArrayList<>();
        for (Case c : formCases(ids)) {
            DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
            var request = post(c.url()).with(as(c.user())).with(csrf());
            c.params().forEach(request::param);
            MvcResult result = mvc.perform(request).andReturn();
            int status = result.getResponse().getStatus();
            String body = result.getResponse().getRedirectedUrl() != null ? followRedirect(result, c.user())
                    : result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            List<String> changed = before.changedTables(DatabaseSnapshot.of(jdbc));
            String unescaped = org.springframework.web.util.HtmlUtils.htmlUnescape(body);
            if (status >= 400 && status != 422) failures.add(c.what() + ": status " + status);
            if (!unescaped.contains(c.message())) failures.add(c.what() + ": no message \"" + c.message() + "\" (status " + status + ")");
            if (!changed.isEmpty()) failures.add(c.what() + ": changed " + changed);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aTooLongTaskCommentIsRefusedWithAMessage() throws Exception {
        ProcessInstance pi = startReview("VP-2079", "barn-unga", "Nämndmål lång kommentar");
        String taskId = currentTask(pi).getId();
        MvcResult result = mvc.perform(post("/uppgifter/" + taskId + "/kommentar").with(as("anna")).with(csrf())
                .param("comment", longText(4001))).andReturn();
        assertThat(followRedirect(result, "anna")).contains("Högst 4\u00a0000 tecken (nu 4\u00a0001).");
        assertThat(taskService.getProcessInstanceComments(pi.getId())).isEmpty();
    }

    /** Unknown or malformed ids in the address: a Swedish 404/400 page from the real server, never a 500. */
    @Test
    void unknownAndMalformedIdsAnswer404Or400WithASwedishPage() throws Exception {
        Map<String, String> ids = fixture.ids();
        String ic = "/internkontroll/" + ids.get("icYear");
        Map<String, Integer> urls = new LinkedHashMap<>();
        for (String url : List.of("/verksamhetsplan/987654321", "/verksamhetsplan/987654321/dokument", "/verksamhetsplan/987654321/dokument.pdf",
                "/verksamhetsplan/" + ids.get("plan") + "/avsnitt/finns-inte", "/uppfoljning/987654321", "/uppfoljning/987654321/dokument.pdf",
                "/uppfoljning/" + ids.get("report") + "/avsnitt/finns-inte", "/uppgifter/finns-inte", "/leverantorer/987654321",
                "/leverantorer/987654321/redigera", "/leverantorer/avtal/987654321", "/leverantorer/avtal/987654321/redigera",
                ic + "/risker/987654321", ic + "/kontroller/987654321", "/internkontroll/1999", "/bilagor/987654321",
                "/admin/modeller/version/finns-inte", "/admin/modeller/formular/finns-inte.form/redigera", "/admin/modeller/migrering/finns-inte")) {
            urls.put(url, 404);
        }
        for (String url : List.of("/verksamhetsplan/abc", "/uppfoljning/1e5", "/leverantorer/-x", "/internkontroll/tjugotjugo",
                ic + "/risker/abc", ic + "/rapport/FEL", "/bilagor/12,3")) {
            urls.put(url, 400);
        }
        HttpSession admin = new HttpSession(baseUrl()).loggedInAs("admin", PASSWORD);
        List<String> failures = new ArrayList<>();
        urls.forEach((url, expected) -> {
            HttpResponse<String> r = admin.get(url);
            String body = r.body();
            boolean swedish = expected == 404 ? body.contains("Hittades inte") : body.contains("Felaktigt värde i adressen");
            if (r.statusCode() != expected || !swedish || body.contains("Exception") || body.contains("at se.arshjul")) {
                failures.add("GET " + url + " → " + r.statusCode() + " (expected " + expected + " with the Swedish page)");
            }
        });
        assertThat(failures).isEmpty();
    }

    private static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static String firstMatch(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        if (!m.find()) throw new AssertionError("no " + regex + " in the page");
        return m.group(1);
    }
}
