package se.arshjul.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import se.arshjul.status.ActionStatus;
import se.arshjul.reports.EconomyLine;
import se.arshjul.reports.FollowupReader;
import se.arshjul.reports.FollowupReport;
import se.arshjul.reports.ReportIndicator;
import se.arshjul.reports.ReportSection;
import se.arshjul.reports.ReportSectionKind;
import se.arshjul.reports.ReportSectionRepository;
import se.arshjul.reports.ReportUppdrag;
import se.arshjul.reports.StatusRow;

/** Demo data (see {@link Vb2024Demo}): fills a report's sections from demo/vb-2024.json, matched by title and name. */
@Component
@Profile({"demo", "test"})
public class Vb2024DemoSections {
    private final FollowupReader reader;
    private final ReportSectionRepository sections;

    Vb2024DemoSections(FollowupReader reader, ReportSectionRepository sections) {
        this.reader = reader;
        this.sections = sections;
    }

    /** Each goal section gets the seed's utfall, grade and texts, matched by the nämndmål's title. */
    void fillGoalSections(FollowupReport report, JsonNode vb) {
        for (ReportSection section : reader.sections(report.id())) {
            if (section.kind() != ReportSectionKind.GOAL) continue;
            JsonNode goal = each(vb.path("namndmal")).stream().filter(g -> section.title().equals(g.path("title").asText()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("vb-2024.json lacks the goal " + section.title()));
            List<ReportIndicator> indicators = new ArrayList<>();
            for (ReportIndicator i : section.indicators()) {
                JsonNode utfall = each(goal.path("utfall")).stream().filter(u -> i.name().equals(u.path("indicator").asText()))
                        .findFirst().orElseThrow(() -> new IllegalStateException("vb-2024.json lacks the utfall of " + i.name()));
                indicators.add(i.withOutcome(utfall.path("value").isNull() ? null : utfall.path("value").decimalValue()));
            }
            String analys = joined(text(goal, "analys"), text(goal, "indikatorkommentar"));
            sections.save(section.withGoalFollowUp(indicators, analys, text(goal, "genomfortArbete"), uppdrag(section, goal),
                    text(goal, "maluppfyllelse"), text(goal, "motivering"), section.version()));
        }
    }

    /** Utfall helår and the year before per row of the resultaträkning and the driftredovisning, matched by name. */
    void fillEconomy(FollowupReport report, JsonNode economy) {
        ReportSection section = reader.section(report.id(), "ekonomi");
        List<EconomyLine> lines = section.economy().stream().map(l -> {
            if (l.isSum()) return l;
            JsonNode row = each(economy.path("rader")).stream().filter(r -> l.name().equals(r.path("name").asText()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("vb-2024.json lacks the economy row " + l.name()));
            return l.withFigures(null, l.budget(), row.path("utfall").decimalValue(), row.path("foregaendeAr").decimalValue());
        }).toList();
        sections.save(section.withEconomy(lines, text(economy, "text"), section.version()));
    }

    /** The section's uppdrag (copied from the plan) with the seed's status and kommentar, matched by the uppdrag's text. */
    private static List<ReportUppdrag> uppdrag(ReportSection section, JsonNode goal) {
        return section.uppdrag().stream().map(u -> {
            JsonNode seed = each(goal.path("uppdrag")).stream().filter(n -> u.body().equals(text(n, "text"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("vb-2024.json lacks the uppdrag " + u.body()));
            return u.followedUp(ActionStatus.valueOf(text(seed, "status")), text(seed, "kommentar"));
        }).toList();
    }

    /** Each status line gets the status and kommentar the demo gives for this report ("delar2" or "vb"), by its title. */
    void fillStatusSections(FollowupReport report, JsonNode vb, String column) {
        for (ReportSection section : reader.sections(report.id())) {
            if (section.kind() != ReportSectionKind.STATUS) continue;
            List<StatusRow> rows = new ArrayList<>();
            for (StatusRow row : section.statuses()) {
                JsonNode given = each(vb.path("statusar")).stream().filter(st -> row.title().equals(text(st, "title")))
                        .findFirst().map(st -> st.path(column)).orElse(null);
                rows.add(given == null || given.isMissingNode() ? row
                        : row.with(ActionStatus.valueOf(text(given, "status")), text(given, "kommentar")));
            }
            sections.save(section.withStatuses(rows, section.version()));
        }
    }

    static String joined(String a, String b) {
        if (b == null) return a;
        return a == null ? b : a + "\n\n" + b;
    }

    static List<JsonNode> each(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
