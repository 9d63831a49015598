package se.arshjul.reports;

import java.math.BigDecimal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A small decided Verksamhetsplan built with SQL (the planning feature's import is its own), in a year of
 * its own below the real plans (19xx) so other features' "next free year" is not affected. Goal 1 carries
 * seed 001's indicators of "Fler barn och vuxna tar del av förebyggande insatser i ett tidigt skede"
 * and two of the board's uppdrag.
 */
@Component
public class FollowupTestData {
    private final JdbcTemplate jdbc;

    FollowupTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A year without a plan or a cycle calendar. */
    public synchronized int freeYear() {
        Integer maxPlan = jdbc.queryForObject("SELECT MAX(plan_year) FROM plan_document WHERE plan_year < 2000", Integer.class);
        Integer maxCalendar = jdbc.queryForObject("SELECT MAX(cycle_year) FROM cycle_calendar WHERE cycle_year < 2000", Integer.class);
        int year = Math.max(maxPlan == null ? 1900 : maxPlan, maxCalendar == null ? 1900 : maxCalendar) + 1;
        // reserve it
        jdbc.update("INSERT INTO plan_document (doc_type, plan_year, revision, title, board, municipality, status, version) "
                + "VALUES ('VP', ?, 99, 'reserverat', 'Socialnämnd', 'Testkommun', 'UTKAST', 0)", year);
        return year;
    }

    /** A decided plan for the year with two nämndmål and a resultaträkning; returns its id. */
    public synchronized long decidedPlan(int year) {
        jdbc.update("INSERT INTO plan_document (doc_type, plan_year, revision, title, board, municipality, status, decision_date, "
                + "paragraph, diarienummer, version) VALUES ('VP', ?, 1, ?, 'Socialnämnd', 'Testkommun', 'BESLUTAD', ?, '§ 1', 'SN-1/1', 0)",
                year, "Verksamhetsplan " + year, java.sql.Date.valueOf((year - 1) + "-12-15"));
        long planId = id("SELECT id FROM plan_document WHERE doc_type = 'VP' AND plan_year = ? AND revision = 1", year);
        jdbc.update("INSERT INTO malomrade (plan_id, sort_order, name) VALUES (?, 1, 'En trygg kommun där människor trivs och växer')", planId);
        long area = id("SELECT id FROM malomrade WHERE plan_id = ?", planId);
        jdbc.update("INSERT INTO kf_mal (malomrade_id, sort_order, name) VALUES (?, 1, 'Huddinge är trivsamt och tryggt för alla invånare')", area);
        long kf = id("SELECT id FROM kf_mal WHERE malomrade_id = ?", area);
        long goal1 = goal(planId, kf, 1, "Fler barn och vuxna tar del av förebyggande insatser i ett tidigt skede.", "barn-unga");
        indicator(goal1, 1, "Totala volymen barn, ungdomar och familjer som nås av tidiga insatser", "HIGHER", "1250", null, "2000", year, "1931");
        indicator(goal1, 2, "Antal besök inom socialpsykiatrins förebyggande öppna insatser", "HIGHER", "1200", null, "1500", year, "1894");
        indicator(goal1, 3, "Antal personer som får stöd genom personligt ombud", "HIGHER", "155", null, "220", year, "162");
        uppdrag(goal1, 0, "Nämnden ger förvaltningen i uppdrag att revidera handlingsplanerna för preventionsarbetet.");
        uppdrag(goal1, 1, "Ta fram ett strukturprogram för samtliga familjecentraler och områdeskontor.");
        long goal2 = goal(planId, kf, 2, "Vuxna upplever en förbättrad situation efter beviljat stöd", "vuxen");
        indicator(goal2, 1, "Antal vuxna som påbörjat insats", "HIGHER", null, "öka", null, year, "20");
        jdbc.update("INSERT INTO budget_table (plan_id, kind, version) VALUES (?, 'RESULTATRAKNING', 0)", planId);
        long table = id("SELECT id FROM budget_table WHERE plan_id = ?", planId);
        budgetRow(table, 0, "Verksamhetens intäkter", "50149");
        budgetRow(table, 1, "Personal", "-277573");
        budgetRow(table, 2, "Köp av verksamhet", "-150316");
        jdbc.update("INSERT INTO budget_row (budget_table, budget_table_key, code, name, formula) VALUES (?, 3, 's', 'Summa', 'ALL')", table);
        return planId;
    }

    /**
     * Seed 003's way of following up: an utvecklingsåtagande and an activity (reported by the stab) on goal 1, and
     * the board's risk "barn och unga med omfattande vårdbehov" with two åtgärder, one owned by Barn och ungdom and
     * one by a named role (so the stab reports it); an egenkontroll risk stays with the unit and is not reported.
     */
    public synchronized void activitiesAndRiskActions(int year, long planId) {
        long goal1 = id("SELECT id FROM namndmal WHERE plan_id = ? AND sort_order = 1", planId);
        jdbc.update("INSERT INTO aktivitet (namndmal, namndmal_key, kind, title, unit_group) VALUES (?, 0, 'UTVECKLINGSATAGANDE', ?, NULL)",
                goal1, "Långsiktigt och förebyggande arbete");
        jdbc.update("INSERT INTO aktivitet (namndmal, namndmal_key, kind, title, unit_group) VALUES (?, 1, 'AKTIVITET', ?, 'stab')",
                goal1, "Medverkande i framtagandet av utvecklingsplan för tre av Huddinges kommundelar");
        long risk = risk(year, "Risk att barn och unga med omfattande vårdbehov inte får den insats de har behov av.", "NAMNDENS_PLAN");
        jdbc.update("INSERT INTO risk_action (risk_id, description, owner, status, kommentar, version) VALUES (?, ?, 'barn-unga', NULL, NULL, 0)",
                risk, "Samordning genom SIP (samordnad individuell plan)");
        jdbc.update("INSERT INTO risk_action (risk_id, description, owner, status, kommentar, version) VALUES (?, ?, 'Verksamhetschef IFO', "
                + "'BLIR_KLART_I_AR', 'Dialog pågår.', 0)", risk, "Fortsatt dialog med Vårljus.");
        long own = risk(year, "Risk att rutinen för dokumentation inte följs.", "EGENKONTROLL");
        jdbc.update("INSERT INTO risk_action (risk_id, description, owner, version) VALUES (?, 'Stickprov varje månad', 'barn-unga', 0)", own);
    }

    private long risk(int year, String text, String placement) {
        jdbc.update("INSERT INTO risk (plan_year, process, namndmal, risk, sannolikhet, konsekvens, placement, version) "
                + "VALUES (?, 'Huvudprocess', NULL, ?, 3, 3, ?, 0)", year, text, placement);
        return jdbc.queryForObject("SELECT MAX(id) FROM risk WHERE plan_year = ?", Long.class, year);
    }

    private long goal(long planId, long kf, int order, String title, String unit) {
        jdbc.update("INSERT INTO namndmal (plan_id, kf_mal_id, sort_order, title, unit_group, version) VALUES (?, ?, ?, ?, ?, 0)",
                planId, kf, order, title, unit);
        return id("SELECT id FROM namndmal WHERE plan_id = ? AND sort_order = " + order, planId);
    }

    private void indicator(long goal, int order, String name, String direction, String etappmal, String etappmalText,
                           String malvarde, int year, String lastYear) {
        jdbc.update("INSERT INTO indicator (namndmal_id, sort_order, name, unit, direction, etappmal_value, etappmal_text, malvarde_value) "
                + "VALUES (?, ?, ?, 'antal', ?, ?, ?, ?)", goal, order, name, direction, dec(etappmal), etappmalText, dec(malvarde));
        long id = id("SELECT id FROM indicator WHERE namndmal_id = ? AND sort_order = " + order, goal);
        jdbc.update("INSERT INTO indicator_value (indicator, outcome_year, outcome) VALUES (?, ?, ?)", id, year - 1, dec(lastYear));
    }

    private void uppdrag(long goal, int key, String body) {
        jdbc.update("INSERT INTO uppdrag (namndmal, namndmal_key, body, status) VALUES (?, ?, ?, 'EJ_KLART_I_AR')", goal, key, body);
    }

    private void budgetRow(long table, int key, String name, String amount) {
        jdbc.update("INSERT INTO budget_row (budget_table, budget_table_key, code, name, amount3) VALUES (?, ?, ?, ?, ?)",
                table, key, "r" + key, name, dec(amount));
    }

    private long id(String sql, Object arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
