package se.arshjul.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.cycle.DocumentType;
import se.arshjul.reports.FollowupReader;
import se.arshjul.reports.FollowupReport;
import se.arshjul.reports.FollowupTestData;
import se.arshjul.reports.ReportWorkflow;
import se.arshjul.planning.PlanDocument;
import se.arshjul.planning.PlanReader;
import se.arshjul.planning.PlanTestData;
import se.arshjul.support.AppTestBase;
import se.arshjul.support.HttpSession;

/**
 * Optimistic locking seen by two people in two browser sessions: both open the same section, the
 * first saves, the second is told so in Swedish, sees the first one's saved text beside his own
 * (still in the form), merges and saves again. Nobody's text is lost.
 */
class ConcurrentSectionEditWebTest extends AppTestBase {
    @Autowired PlanTestData plans;
    @Autowired PlanReader planReader;
    @Autowired FollowupTestData followups;
    @Autowired ReportWorkflow reports;
    @Autowired FollowupReader reportReader;

    @Test
    void theSecondSaverOfAPlanSectionSeesTheOtherVersionAndKeepsHisOwnText() throws Exception {
        PlanDocument plan = plans.editableDraft();
        String url = "/verksamhetsplan/" + plan.id() + "/avsnitt/namndmal-3";
        long goal = planReader.section(plan.id(), "namndmal-3").namndmalId();
        int indicators = planReader.indicators(goal).size();

        HttpSession anna = new HttpSession(baseUrl()).loggedInAs("anna", PASSWORD);
        HttpSession cecilia = new HttpSession(baseUrl()).loggedInAs("cecilia", PASSWORD);
        Map<String, String> annasForm = BrowserForm.fields(anna.get(url).body(), url);
        Map<String, String> ceciliasForm = BrowserForm.fields(cecilia.get(url).body(), url);

        annasForm.put("description", "Annas beskrivning: tidiga insatser i förskolan.");
        assertThat(anna.postForm(url, annasForm).statusCode()).isEqualTo(302);

        ceciliasForm.put("arbete", "Cecilias arbete: familjecentralerna öppnar i Flemingsberg.");
        HttpResponse<String> conflict = cecilia.postForm(url, ceciliasForm);
        assertThat(conflict.statusCode()).isEqualTo(409);
        String page = conflict.body();
        assertThat(page).contains("Någon annan sparade avsnittet medan du redigerade. Dina ändringar är inte sparade men finns kvar i formuläret.");
        // her own text is still in the form; Anna's saved text is shown beside it
        assertThat(BrowserForm.textArea(page, "arbete")).isEqualTo("Cecilias arbete: familjecentralerna öppnar i Flemingsberg.");
        Map<String, String[]> rows = BrowserForm.conflictRows(page);
        assertThat(rows.get("Beskrivning av målet")[0]).isEqualTo("Annas beskrivning: tidiga insatser i förskolan.");
        assertThat(rows.get("Arbete för att nå målet")[1]).isEqualTo("Cecilias arbete: familjecentralerna öppnar i Flemingsberg.");
        assertThat(rows).hasSize(2);
        // nothing of hers was saved
        assertThat(planReader.namndmal(goal).arbete()).isNotEqualTo("Cecilias arbete: familjecentralerna öppnar i Flemingsberg.");

        // she takes over Anna's description and saves again: both texts are kept
        Map<String, String> merged = BrowserForm.fields(page, url);
        merged.put("description", rows.get("Beskrivning av målet")[0]);
        HttpResponse<String> saved = cecilia.postForm(url, merged);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(cecilia.get(url).body()).contains("Avsnittet är sparat.");
        assertThat(planReader.namndmal(goal).description()).isEqualTo("Annas beskrivning: tidiga insatser i förskolan.");
        assertThat(planReader.namndmal(goal).arbete()).isEqualTo("Cecilias arbete: familjecentralerna öppnar i Flemingsberg.");
        assertThat(planReader.indicators(goal)).hasSize(indicators);
    }

    @Test
    void theSecondSaverOfAFollowupSectionSeesTheOtherVersionAndKeepsHisOwnText() throws Exception {
        int year = followups.freeYear();
        followups.decidedPlan(year);
        reports.start(year, DocumentType.DELAR1);
        FollowupReport report = reportReader.find(DocumentType.DELAR1, year).orElseThrow();
        String url = "/uppfoljning/" + report.id() + "/avsnitt/namndmal-1";

        HttpSession anna = new HttpSession(baseUrl()).loggedInAs("anna", PASSWORD);
        HttpSession cecilia = new HttpSession(baseUrl()).loggedInAs("cecilia", PASSWORD);
        Map<String, String> annasForm = BrowserForm.fields(anna.get(url).body(), url);
        Map<String, String> ceciliasForm = BrowserForm.fields(cecilia.get(url).body(), url);

        annasForm.put("analys", "Annas analys: fler familjer nås.");
        annasForm.put("outcome.0", "950");
        assertThat(anna.postForm(url, annasForm).statusCode()).isEqualTo(302);

        ceciliasForm.put("analys", "Cecilias analys: väntetiderna har kortats.");
        HttpResponse<String> conflict = cecilia.postForm(url, ceciliasForm);
        assertThat(conflict.statusCode()).isEqualTo(409);
        String page = conflict.body();
        assertThat(page).contains("Någon annan sparade avsnittet medan du redigerade.");
        assertThat(BrowserForm.textArea(page, "analys")).isEqualTo("Cecilias analys: väntetiderna har kortats.");
        Map<String, String[]> rows = BrowserForm.conflictRows(page);
        assertThat(rows.get("Analys")).containsExactly("Annas analys: fler familjer nås.", "Cecilias analys: väntetiderna har kortats.");
        assertThat(rows.get("Utfall – Totala volymen barn, ungdomar och familjer som nås av tidiga insatser"))
                .containsExactly("950", "");
        assertThat(reportReader.section(report.id(), "namndmal-1").analys()).isEqualTo("Annas analys: fler familjer nås.");

        Map<String, String> merged = BrowserForm.fields(page, url);
        merged.put("analys", "Annas analys: fler familjer nås. Cecilias analys: väntetiderna har kortats.");
        merged.put("outcome.0", "950");
        assertThat(cecilia.postForm(url, merged).statusCode()).isEqualTo(302);
        var section = reportReader.section(report.id(), "namndmal-1");
        assertThat(section.analys()).isEqualTo("Annas analys: fler familjer nås. Cecilias analys: väntetiderna har kortats.");
        assertThat(section.indicators().get(0).outcome()).isEqualByComparingTo("950");
    }
}
