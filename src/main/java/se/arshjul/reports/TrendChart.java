package se.arshjul.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

import se.arshjul.validation.SwedishNumbers;

/**
 * A small server-side SVG line chart of an indicator's values per year, with the etappmål of the report year
 * as a dashed line. No script; the SVG is inline in the page. Text is escaped; coordinates are plain numbers.
 */
public final class TrendChart {
    static final int WIDTH = 320;
    static final int HEIGHT = 150;
    private static final int LEFT = 48, RIGHT = 12, TOP = 14, BOTTOM = 26;

    private TrendChart() {
    }

    /** The chart, or null when fewer than two years have a value. */
    public static String svg(String title, List<FollowupDocumentData.YearValue> series, BigDecimal etappmal, int etappmalYear) {
        List<FollowupDocumentData.YearValue> points = series.stream().filter(p -> p.value() != null).toList();
        if (points.size() < 2) return null;
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
        int firstYear = series.get(0).year();
        int lastYear = Math.max(series.get(series.size() - 1).year(), etappmalYear);
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        double yearSpan = Math.max(1, lastYear - firstYear);
        final double lo = min, hi = max;
        java.util.function.IntToDoubleFunction x = year -> LEFT + (year - firstYear) / yearSpan * plotW;
        java.util.function.DoubleUnaryOperator y = v -> TOP + (hi - v) / (hi - lo) * plotH;

        String label = HtmlUtils.htmlEscape("Trend: " + title, "UTF-8");
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(label).append("\">");
        svg.append("<title>").append(label).append("</title>");
        // axes
        svg.append(line(LEFT, TOP, LEFT, TOP + plotH, "axis", "#888", null));
        svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "axis", "#888", null));
        svg.append(text(LEFT - 4, y.applyAsDouble(hi) + 4, "end", SwedishNumbers.format(round(hi))));
        svg.append(text(LEFT - 4, y.applyAsDouble(lo) + 4, "end", SwedishNumbers.format(round(lo))));
        for (int year = firstYear; year <= lastYear; year++) {
            svg.append(text(x.applyAsDouble(year), TOP + plotH + 16, "middle", String.valueOf(year)));
        }
        if (etappmal != null) {
            double ey = y.applyAsDouble(etappmal.doubleValue());
            svg.append(line(LEFT, ey, LEFT + plotW, ey, "etappmal", "#c05000", "4 3"));
            svg.append(text(LEFT + plotW, ey - 4, "end", "Etappmål " + etappmalYear + ": " + SwedishNumbers.format(etappmal.stripTrailingZeros())));
        }
        List<String> coords = new ArrayList<>();
        for (FollowupDocumentData.YearValue p : points) {
            coords.add(num(x.applyAsDouble(p.year())) + "," + num(y.applyAsDouble(p.value().doubleValue())));
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
        svg.append("</svg>");
        return svg.toString();
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(Math.abs(v) < 10 ? 1 : 0, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
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
