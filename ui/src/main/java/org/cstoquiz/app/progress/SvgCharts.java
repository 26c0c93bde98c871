package org.cstoquiz.app.progress;

import java.util.List;
import java.util.Locale;
import org.cstoquiz.engine.export.Markup;

/**
 * Small charts drawn as SVG on the server, put in the page as they are (so each point's
 * {@code <title>} shows as a tooltip). Every text is XML-escaped and no script is ever written, so
 * nothing in a chart is interpreted as page markup. They are 400 units wide and scale to the width
 * they are given; the text stays at least 10 px on a 390 px phone.
 */
public final class SvgCharts {

    private static final int WIDTH = 400;
    private static final String FONT = "font-family='sans-serif' font-size='13' fill='#333'";
    private static final String[] SERIES_COLOURS = {"#1a73e8", "#b3590b"};

    private SvgCharts() {
    }

    /**
     * A point of a line, or a bar.
     *
     * @param label  written under the point (or beside the bar)
     * @param detail what the point's tooltip says
     */
    public record Point(String label, double value, String detail) {
        public Point(String label, double value) {
            this(label, value, label + ": " + Math.round(value) + "%");
        }
    }

    /** A row of two bars: one value per series, each with the text written after its bar. */
    public record Pair(String label, double first, String firstText, double second, String secondText) {
    }

    /**
     * A line of values from 0 to 100 (percent; below 0 is drawn at 0), one point per entry, each with
     * its tooltip; at most {@code maxLabels} of the labels are written under the axis, evenly spaced.
     */
    public static String percentLine(String title, String description, List<Point> points, int maxLabels) {
        int height = 190;
        int left = 40;
        int right = 24;
        int top = 10;
        int bottom = 40;
        int plotWidth = WIDTH - left - right;
        int plotHeight = height - top - bottom;
        StringBuilder svg = open(height, title, description);
        for (int p = 0; p <= 100; p += 25) {
            double y = top + plotHeight * (1 - p / 100.0);
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#ddd'/>",
                    left, y, WIDTH - right, y));
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' text-anchor='end' %s>%d%%</text>",
                    left - 4, y + 4, FONT, p));
        }
        if (points.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle' %s>No answers yet</text>",
                    WIDTH / 2, top + plotHeight / 2, FONT));
        }
        StringBuilder path = new StringBuilder();
        int every = Math.max(1, Math.ceilDiv(points.size(), Math.max(1, maxLabels)));
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = left + (points.size() == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (points.size() - 1));
            double y = top + plotHeight * (1 - clamp(point.value()) / 100.0);
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='5' fill='#1a73e8'><title>%s</title></circle>",
                    x, y, Markup.text(point.detail())));
            if (i % every == 0 || i == points.size() - 1 && points.size() <= maxLabels) {
                svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle' %s>%s</text>",
                        x, height - bottom + 18, FONT, Markup.text(point.label())));
            }
        }
        if (points.size() > 1) {
            svg.insert(svg.indexOf("<circle"), "<path d='" + path + "' fill='none' stroke='#1a73e8' stroke-width='2'/>");
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars from 0 to {@code max}, one per entry, with the value written at the end. */
    public static String bars(String title, String description, List<Point> bars, double max, String unit) {
        int rowHeight = 24;
        int labelWidth = 150;
        int height = 16 + rowHeight * Math.max(bars.size(), 1);
        StringBuilder svg = open(height, title, description);
        double scale = max <= 0 ? 0 : (WIDTH - labelWidth - 56) / max;
        for (int i = 0; i < bars.size(); i++) {
            Point bar = bars.get(i);
            int y = 8 + i * rowHeight;
            double w = Math.max(0, Math.min(bar.value(), max)) * scale;
            svg.append(String.format(Locale.ROOT, "<g><title>%s</title>", Markup.text(bar.detail())));
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end' %s>%s</text>",
                    labelWidth - 8, y + 15, FONT, Markup.text(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%.1f' height='%d' fill='#1a73e8'/>",
                    labelWidth, y + 3, w, rowHeight - 8));
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' %s>%s%s</text></g>",
                    labelWidth + w + 6, y + 15, FONT, formatted(bar.value()), Markup.text(unit)));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Two bars a row, from 0 to 100 (percent), one per series, with a legend naming the series;
     * each bar's text follows it.
     */
    public static String pairedBars(String title, String description, List<String> series, List<Pair> rows) {
        if (series.size() != 2) {
            throw new IllegalArgumentException("two series, got " + series);
        }
        int legendHeight = 24;
        int rowHeight = 36;
        int labelWidth = 110;
        int height = legendHeight + 8 + rowHeight * Math.max(rows.size(), 1);
        StringBuilder svg = open(height, title, description);
        int legendX = labelWidth;
        for (int s = 0; s < 2; s++) {
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='6' width='12' height='12' fill='%s'/>"
                    + "<text x='%d' y='17' %s>%s</text>", legendX, SERIES_COLOURS[s], legendX + 16, FONT,
                    Markup.text(series.get(s))));
            legendX += 150;
        }
        double scale = (WIDTH - labelWidth - 92) / 100.0;
        for (int i = 0; i < rows.size(); i++) {
            Pair row = rows.get(i);
            int y = legendHeight + 8 + i * rowHeight;
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end' %s>%s</text>",
                    labelWidth - 8, y + 20, FONT, Markup.text(row.label())));
            double[] values = {row.first(), row.second()};
            String[] texts = {row.firstText(), row.secondText()};
            for (int s = 0; s < 2; s++) {
                int barY = y + 2 + s * 16;
                double w = clamp(values[s]) * scale;
                svg.append(String.format(Locale.ROOT, "<g><title>%s, %s: %s</title>", Markup.text(row.label()),
                        Markup.text(series.get(s)), Markup.text(texts[s])));
                svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%.1f' height='13' fill='%s'/>",
                        labelWidth, barY, w, SERIES_COLOURS[s]));
                svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' %s>%s</text></g>",
                        labelWidth + w + 5, barY + 11, FONT, Markup.text(texts[s])));
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The chart's title and description are its accessible name and description; the page shows the
     * title as text above the chart, where it can wrap.
     */
    private static StringBuilder open(int height, String title, String description) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='100%%' viewBox='0 0 %d %d' role='img'"
                        + " aria-label=\"%s\" style='display:block;height:auto;max-width:480px'>"
                        + "<title>%s</title><desc>%s</desc>", WIDTH, height, Markup.attribute(title),
                Markup.text(title), Markup.text(description)));
    }

    private static String formatted(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }
}
