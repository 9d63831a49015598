package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.arshjul.reports.EconomyLine.LineKind;
import se.arshjul.reports.EconomyLine.Statement;

/** Seed 001 (VB 2024): the resultaträkning's and the driftredovisning's sum rows and avvikelser, from the input rows. */
class EconomyTableTest {

    @Test
    void resultatrakningSumsMatchTheSeed() {
        List<EconomyLine> lines = List.of(
                row(Statement.RESULTATRAKNING, "verksamhetens_intakter", LineKind.INTAKT, "41974", "49339", "63622"),
                row(Statement.RESULTATRAKNING, "personal", LineKind.KOSTNAD, "304032", "297706", "291239"),
                row(Statement.RESULTATRAKNING, "lokaler", LineKind.KOSTNAD, "24738", "25938", "23322"),
                row(Statement.RESULTATRAKNING, "bidrag_kostnader", LineKind.KOSTNAD, "3614", "2683", "2458"),
                row(Statement.RESULTATRAKNING, "kop_av_verksamhet", LineKind.KOSTNAD, "187927", "191279", "177948"),
                row(Statement.RESULTATRAKNING, "ovrigt", LineKind.KOSTNAD, "23197", "28779", "34954"),
                EconomyLine.sum(Statement.RESULTATRAKNING, "verksamhetens_kostnader", "Verksamhetens kostnader",
                        "personal+lokaler+bidrag_kostnader+kop_av_verksamhet+ovrigt"),
                EconomyLine.sum(Statement.RESULTATRAKNING, "arets_resultat", "Årets resultat", "verksamhetens_intakter+verksamhetens_kostnader"));

        List<EconomyTable> tables = EconomyTable.of(lines);
        assertThat(tables).hasSize(1);
        EconomyLine intakter = tables.get(0).rows().get(0);
        assertThat(intakter.periodAvvikelse()).isEqualByComparingTo("7365");
        EconomyLine kostnader = tables.get(0).rows().get(6);
        assertThat(kostnader.kind()).isEqualTo(LineKind.KOSTNAD);
        assertThat(kostnader.budget()).isEqualByComparingTo("543508");
        assertThat(kostnader.periodOutcome()).isEqualByComparingTo("546385");
        assertThat(kostnader.periodAvvikelse()).isEqualByComparingTo("-2877");
        assertThat(kostnader.previousOutcome()).isEqualByComparingTo("529921");
        EconomyLine resultat = tables.get(0).rows().get(7);
        assertThat(resultat.budget()).isEqualByComparingTo("501534");
        assertThat(resultat.periodOutcome()).isEqualByComparingTo("497046");
        assertThat(resultat.periodAvvikelse()).as("the seed prints 4 487 from unrounded amounts").isEqualByComparingTo("4488");
        assertThat(resultat.periodAvvikelsePercent()).isEqualByComparingTo("0.9");
        assertThat(resultat.previousOutcome()).isEqualByComparingTo("466299");
    }

    @Test
    void driftredovisningSumsEveryVerksamhetAndANetIncomeCountsAgainstTheCosts() {
        List<EconomyLine> lines = List.of(
                row(Statement.DRIFT, "barn_ungdomsvard", LineKind.KOSTNAD, "310779", "304133", "299437"),
                row(Statement.DRIFT, "flyktingmottagande", LineKind.KOSTNAD, "1189", "1083", "-1162"),
                EconomyLine.sum(Statement.DRIFT, "arets_resultat", "Årets resultat", "ALL"),
                // another statement's rows never enter this table's sums
                row(Statement.RESULTATRAKNING, "personal", LineKind.KOSTNAD, "1", "1", "1"));

        List<EconomyTable> tables = EconomyTable.of(lines);
        assertThat(tables).extracting(EconomyTable::statement).containsExactly(Statement.RESULTATRAKNING, Statement.DRIFT);
        EconomyLine flykting = tables.get(1).rows().get(1);
        assertThat(flykting.periodAvvikelse()).isEqualByComparingTo("106");
        assertThat(flykting.periodAvvikelsePercent()).isEqualByComparingTo("8.9");
        EconomyLine sum = tables.get(1).rows().get(2);
        assertThat(sum.budget()).isEqualByComparingTo("311968");
        assertThat(sum.periodOutcome()).isEqualByComparingTo("305216");
        assertThat(sum.periodAvvikelse()).isEqualByComparingTo("6752");
        assertThat(sum.previousOutcome()).isEqualByComparingTo("298275");
        assertThat(EconomyTable.shown(lines)).as("the editor's view keeps the stored order").hasSize(4)
                .extracting(EconomyLine::name).startsWith("barn_ungdomsvard");
    }

    private static EconomyLine row(Statement statement, String code, LineKind kind, String budget, String outcome, String previous) {
        return EconomyLine.input(statement, code, code, kind, new BigDecimal(budget))
                .withFigures(null, new BigDecimal(budget), new BigDecimal(outcome), new BigDecimal(previous));
    }
}
