package se.arshjul.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.arshjul.reports.FollowupDocumentData.YearValue;

class TrendChartTest {
    private static final TrendChart.Labels LABELS = new TrendChart.Labels("Trend: x", "Etappmål 2024");

    private static List<double[]> points(String svg) {
        Matcher polyline = Pattern.compile("<polyline[^>]*points=\"([^\"]+)\"").matcher(svg);
        assertThat(polyline.find()).isTrue();
        List<double[]> points = new ArrayList<>();
        for (String p : polyline.group(1).split(" ")) {
            String[] xy = p.split(",");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return points;
    }

    @Test
    void pointsFollowTheYearsAndValuesAndTheEtappmalIsADashedLine() {
        // seed 001: totala volymen barn, ungdomar och familjer som nås av tidiga insatser, 2022–2024, etappmål 1 250
        String svg = TrendChart.svg(new TrendChart.Labels("Trend: Totala volymen <barn>", "Etappmål 2024"), List.of(new YearValue(2022, new BigDecimal("1650")),
                new YearValue(2023, new BigDecimal("1931")), new YearValue(2024, new BigDecimal("2212"))), new BigDecimal("1250"), 2024);
        List<double[]> points = points(svg);
        assertThat(points).hasSize(3);
        // left to right by year, and higher values drawn higher up (smaller y)
        assertThat(points.get(0)[0]).isLessThan(points.get(1)[0]);
        assertThat(points.get(1)[0]).isLessThan(points.get(2)[0]);
        assertThat(points.get(0)[1]).isGreaterThan(points.get(1)[1]);
        assertThat(points.get(1)[1]).isGreaterThan(points.get(2)[1]);
        Matcher etappmal = Pattern.compile("<line class=\"etappmal\" x1=\"[\\d.]+\" y1=\"([\\d.]+)\"[^>]*stroke-dasharray").matcher(svg);
        assertThat(etappmal.find()).isTrue();
        // the etappmål (1 250) is below every point (all values above it)
        assertThat(Double.parseDouble(etappmal.group(1))).isGreaterThan(points.get(0)[1]);
        assertThat(svg).contains("Etappmål 2024: 1 250", ">2022<", ">2024<", "2024: 2 212")
                .contains("Trend: Totala volymen &lt;barn&gt;").doesNotContain("<barn>").doesNotContain("<script");
    }

    @Test
    void aMissingYearIsSkippedAndASingleValueGivesNoChart() {
        String svg = TrendChart.svg(LABELS, List.of(new YearValue(2022, new BigDecimal("5")), new YearValue(2023, null),
                new YearValue(2024, new BigDecimal("3"))), null, 2024);
        assertThat(points(svg)).hasSize(2);
        assertThat(svg).doesNotContain("etappmal");
        assertThat(TrendChart.svg(LABELS, List.of(new YearValue(2023, null), new YearValue(2024, new BigDecimal("3"))), null, 2024)).isNull();
    }
}
