package se.arshjul.suppliers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;

import se.arshjul.suppliers.followup.ChecklistArea;
import se.arshjul.suppliers.followup.SupplierFollowup;
import se.arshjul.suppliers.followup.SupplierFollowupFinding;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.followup.SupplierFollowupResult;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementMember;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.EnumValues;
import se.arshjul.suppliers.registry.LeaveReason;
import se.arshjul.suppliers.registry.MembershipRegistry;
import se.arshjul.web.PageMessages;

/**
 * The yearly follow-up results per agreement, as reported in delår 2 and the verksamhetsberättelse:
 * utförare on 1 January and 31 December, how many were followed up, share godkända / ej godkända,
 * and why the number changed (from the leave reasons of the memberships that ended in the year).
 */
@Service
public class SupplierReport {

    public record Row(Agreement agreement, int atStart, int atEnd, int joined, int followedUp, int approved, int notApproved,
                      Integer approvedPercent, Integer notApprovedPercent, int ongoingDeep,
                      Map<LeaveReason, Integer> leaveReasons, Map<ChecklistArea, Integer> deficiencies, String comment,
                      String kinds) {}

    /** {@code deficiencies}: how many follow-ups found a brist in each checklist area (the main findings). */
    public record Report(int year, List<Row> rows, Map<LeaveReason, Integer> leaveReasons, Map<ChecklistArea, Integer> deficiencies,
                         int followedUp, int approved, int notApproved, Integer approvedPercent, Integer notApprovedPercent) {

        public List<Row> rowsOfType(String type) {
            return rows.stream().filter(r -> r.agreement().type().equals(type)).toList();
        }
    }

    private final AgreementRegistry agreements;
    private final MembershipRegistry memberships;
    private final SupplierFollowupService followups;
    private final PageMessages labels;

    SupplierReport(AgreementRegistry agreements, MembershipRegistry memberships, SupplierFollowupService followups, PageMessages labels) {
        this.agreements = agreements;
        this.memberships = memberships;
        this.followups = followups;
        this.labels = labels;
    }

    public Report forYear(int year) {
        List<Row> rows = agreements.allAgreements().stream().filter(a -> a.runsIn(year))
                .sorted(Comparator.comparing(Agreement::type).thenComparing(Agreement::name, String.CASE_INSENSITIVE_ORDER))
                .map(a -> row(a, year)).toList();
        Map<LeaveReason, Integer> reasons = new EnumMap<>(LeaveReason.class);
        rows.forEach(r -> r.leaveReasons().forEach((k, v) -> reasons.merge(k, v, Integer::sum)));
        Map<ChecklistArea, Integer> deficiencies = new EnumMap<>(ChecklistArea.class);
        rows.forEach(r -> r.deficiencies().forEach((k, v) -> deficiencies.merge(k, v, Integer::sum)));
        int followed = rows.stream().mapToInt(Row::followedUp).sum();
        int approved = rows.stream().mapToInt(Row::approved).sum();
        int notApproved = rows.stream().mapToInt(Row::notApproved).sum();
        return new Report(year, rows, reasons, deficiencies, followed, approved, notApproved, percent(approved, followed), percent(notApproved, followed));
    }

    public Row row(Agreement agreement, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<AgreementMember> members = memberships.membersOf(agreement.id());
        int atStart = (int) members.stream().filter(m -> m.activeOn(first)).count();
        int atEnd = (int) members.stream().filter(m -> m.activeOn(last)).count();
        int joined = (int) members.stream().filter(m -> m.joinedOn().isAfter(first) && !m.joinedOn().isAfter(last)).count();
        Map<LeaveReason, Integer> reasons = new EnumMap<>(LeaveReason.class);
        members.stream().filter(m -> m.leftOn() != null && !m.leftOn().isBefore(first) && !m.leftOn().isAfter(last))
                .map(m -> EnumValues.parse(LeaveReason.class, m.leaveReason())).filter(Objects::nonNull)
                .forEach(r -> reasons.merge(r, 1, Integer::sum));
        List<SupplierFollowup> all = followups.followupsOf(agreement.id(), year);
        List<SupplierFollowup> done = all.stream().filter(f -> f.result() != null).toList();
        int approved = (int) done.stream().filter(f -> SupplierFollowupResult.GODKAND.name().equals(f.result())).count();
        int ongoingDeep = (int) all.stream().filter(f -> f.deep() && f.result() == null).count();
        Integer ap = percent(approved, done.size());
        Integer nap = percent(done.size() - approved, done.size());
        return new Row(agreement, atStart, atEnd, joined, done.size(), approved, done.size() - approved, ap, nap, ongoingDeep, reasons,
                deficiencies(done), comment(year, done.size(), ap, nap, ongoingDeep, reasons), kinds(all));
    }

    private Map<ChecklistArea, Integer> deficiencies(List<SupplierFollowup> done) {
        Map<ChecklistArea, Integer> deficiencies = new EnumMap<>(ChecklistArea.class);
        done.forEach(f -> followups.findingsOf(f.id()).stream().filter(SupplierFollowupFinding::deficient)
                .map(x -> EnumValues.parse(ChecklistArea.class, x.area())).filter(Objects::nonNull)
                .forEach(area -> deficiencies.merge(area, 1, Integer::sum)));
        return deficiencies;
    }

    /** The kinds of the year's follow-ups (avtalsuppföljning, kvalitetsuppföljning, enkät, dialog) with their numbers. */
    private String kinds(List<SupplierFollowup> all) {
        Map<SupplierFollowupKind, Integer> counts = new EnumMap<>(SupplierFollowupKind.class);
        all.stream().filter(f -> !f.deep()).forEach(f -> counts.merge(followups.kindOf(f.id()), 1, Integer::sum));
        return String.join(", ", counts.entrySet().stream()
                .map(e -> labels.message("supplier.report.counted", labels.message("supplier.kind." + e.getKey().name()), e.getValue())).toList());
    }

    /** Whole per cent, rounded half up (8 of 14 is 57 %, 6 of 14 is 43 %); null when nothing was followed up. */
    static Integer percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
    }

    String comment(int year, int followedUp, Integer approvedPercent, Integer notApprovedPercent, int ongoingDeep,
                   Map<LeaveReason, Integer> reasons) {
        List<String> parts = new ArrayList<>();
        parts.add(followedUp == 0 ? labels.message("supplier.report.noneFollowedUp", String.valueOf(year))
                : labels.message("supplier.report.followedUp", followedUp, notApprovedPercent, approvedPercent));
        if (ongoingDeep > 0) parts.add(labels.message(ongoingDeep == 1 ? "supplier.report.deepOne" : "supplier.report.deepMany", ongoingDeep));
        if (!reasons.isEmpty()) {
            parts.add(labels.message("supplier.report.ended", String.join("; ", reasons.entrySet().stream()
                    .map(e -> labels.message("supplier.report.counted",
                            labels.message("supplier.leaveReason." + e.getKey().name()).toLowerCase(Locale.ROOT), e.getValue())).toList())));
        }
        return String.join(" ", parts);
    }
}
