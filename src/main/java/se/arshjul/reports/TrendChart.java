package se.arshjul.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

import se.arshjul.validation.SwedishNumbers;

/**
 * A small server-side SVG line chart of an indicator's values per year, with the etappmål of the report year
 * as a dashed line. No script; the SVG is inline in the page. Text is escaped; coordinates are plain numbers.
 * The words come from the bundle ({@link Labels}).
 */
public final class TrendChart {
    static final int WIDTH = 320;
    static final int HEIGHT = 150;
    private static final int LEFT = 48, RIGHT = 12, TOP = 14, BOTTOM = 26;
    private static final double PLOT_W = WIDTH - LEFT - RIGHT, PLOT_H = HEIGHT - TOP - BOTTOM;

    private TrendChart() {
    }

    /** The chart's accessible name ("Trend: …") and the etappmål line's caption ("Etappmål 2024"). */
    public record Labels(String title, String etappmal) {}

    /** The value range and years the chart spans. */
    private record Scale(double lo, double hi, int firstYear, int lastYear) {
        double x(int year) {
            return LEFT + (year - firstYear) / (double) Math.max(1, lastYear - firstYear) * PLOT_W;
        }

        double y(double value) {
            return TOP + (hi - value) / (hi - lo) * PLOT_H;
        }
    }

    /** The chart, or null when fewer than two years have a value. */
    public static String svg(Labels labels, List<FollowupDocumentData.YearValue> series, BigDecimal etappmal, int etappmalYear) {
        List<FollowupDocumentData.YearValue> points = series.stream().filter(p -> p.value() != null).toList();
        if (points.size() < 2) return null;
        Scale scale = scale(series, points, etappmal, etappmalYear);
        String label = HtmlUtils.htmlEscape(labels.title(), "UTF-8");
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(label).append("\">");
        svg.append("<title>").append(label).append("</title>");
        axes(svg, scale);
        if (etappmal != null) {
            double ey = scale.y(etappmal.doubleValue());
            svg.append(line(LEFT, ey, LEFT + PLOT_W, ey, "etappmal", "#c05000", "4 3"));
            svg.append(text(LEFT + PLOT_W, ey - 4, "end", labels.etappmal() + ": " + SwedishNumbers.format(etappmal.stripTrailingZeros())));
        }
        series(svg, scale, points);
        return svg.append("</svg>").toString();
    }

    private static Scale scale(List<FollowupDocumentData.YearValue> series, List<FollowupDocumentData.YearValue> points,
                               BigDecimal etappmal, int etappmalYear) {
        double min = points.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0);
        double max = points.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(0);
        if (etappmal != null) {
            min = Math.min(min, etappmal.doubleValue());
            max = Math.max(max, etappmal.doubleValue());
        }
        if (min > 0 && min < max * 0.5) min = 0;
        if (max == min) {
            max = max + 1;
            min = min - 1;
        }
        return new Scale(min, max, series.get(0).year(), Math.max(series.get(series.size() - 1).year(), etappmalYear));
    }

    private static void axes(StringBuilder svg, Scale scale) {
        svg.append(line(LEFT, TOP, LEFT, TOP + PLOT_H, "axis", "#888", null));
        svg.append(line(LEFT, TOP + PLOT_H, LEFT + PLOT_W, TOP + PLOT_H, "axis", "#888", null));
        svg.append(text(LEFT - 4, scale.y(scale.hi()) + 4, "end", SwedishNumbers.format(round(scale.hi()))));
        svg.append(text(LEFT - 4, scale.y(scale.lo()) + 4, "end", SwedishNumbers.format(round(scale.lo()))));
        for (int year = scale.firstYear(); year <= scale.lastYear(); year++) {
            svg.append(text(scale.x(year), TOP + PLOT_H + 16, "middle", String.valueOf(year)));
        }
    }

    private static void series(StringBuilder svg, Scale scale, List<FollowupDocumentData.YearValue> points) {
        List<String> coords = new ArrayList<>();
        for (FollowupDocumentData.YearValue p : points) {
            coords.add(num(scale.x(p.year())) + "," + num(scale.y(p.value().doubleValue())));
        }
        svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"#1f5f99\" stroke-width=\"2\" points=\"")
                .append(String.join(" ", coords)).append("\"/>");
        for (int i = 0; i < points.size(); i++) {
            String[] xy = coords.get(i).split(",");
            svg.append("<circle class=\"point\" cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1])
                    .append("\" r=\"3\" fill=\"#1f5f99\"><title>").append(points.get(i).year()).append(": ")
                    .append(HtmlUtils.htmlEscape(SwedishNumbers.format(points.get(i).value().stripTrailingZeros()), "UTF-8"))
                    .append("</title></circle>");
        }
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(Math.abs(v) < 10 ? 1 : 0, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String line(double x1, double y1, double x2, double y2, String cls, String stroke, String dash) {
        return "<line class=\"" + cls + "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + stroke + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-family=\"sans-serif\" font-size=\"10\" text-anchor=\"" + anchor + "\">"
                + HtmlUtils.htmlEscape(content, "UTF-8") + "</text>";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
