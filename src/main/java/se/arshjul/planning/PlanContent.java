package se.arshjul.planning;

import java.util.List;

/** A plan with everything in it, assembled for the overview, the editors and the document. */
public record PlanContent(PlanDocument plan, List<GoalArea> goalAreas, List<BudgetTable> budgetTables,
                          List<PlanSection> sections, List<StatisticsTable> statisticsTables) {

    public record GoalArea(Malomrade malomrade, List<CouncilGoal> kfMal) {}

    public record CouncilGoal(KfMal kfMal, List<BoardGoal> namndmal) {}

    public record BoardGoal(Namndmal namndmal, List<Indicator> indicators) {}

    /** One line of the källförteckning: where an indicator's numbers come from. */
    public record Source(String kfMal, String namndmal, String indicator, String source) {}

    /** The three utfall years shown in the indicator tables: N-3 to N-1. */
    public List<Integer> outcomeYears() {
        return plan.outcomeYears();
    }

    public List<Source> kallforteckning() {
        return goalAreas.stream().flatMap(a -> a.kfMal().stream()).flatMap(k -> k.namndmal().stream()
                .flatMap(n -> n.indicators().stream()
                        .map(i -> new Source(k.kfMal().name(), n.namndmal().title(), i.name(), i.source())))).toList();
    }

    public BudgetTable budget(BudgetTableKind kind) {
        return budgetTables.stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
    }

    public PlanSection section(String key) {
        return sections.stream().filter(s -> s.sectionKey().equals(key)).findFirst().orElse(null);
    }
}
