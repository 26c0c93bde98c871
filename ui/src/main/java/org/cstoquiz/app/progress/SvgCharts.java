package org.cstoquiz.app.progress;

import java.util.List;
import java.util.Locale;
import org.cstoquiz.engine.export.Markup;

/**
 * Small charts drawn as SVG on the server. Every text is XML-escaped; the result is shown as an
 * image, so nothing in it is ever interpreted as page markup.
 */
public final class SvgCharts {

    private static final int WIDTH = 400;
    private static final String FONT = "font-family='sans-serif' font-size='13' fill='#333'";

    private SvgCharts() {
    }

    public record Point(String label, double value) {
    }

    /** A line of values from 0 to 100 (percent), one point per entry, labelled underneath. */
    public static String percentLine(String title, List<Point> points) {
        int height = 190;
        int left = 40;
        int right = 24;
        int top = 10;
        int bottom = 40;
        int plotWidth = WIDTH - left - right;
        int plotHeight = height - top - bottom;
        StringBuilder svg = open(height, title);
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
        for (int i = 0; i < points.size(); i++) {
            double x = left + (points.size() == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (points.size() - 1));
            double y = top + plotHeight * (1 - clamp(points.get(i).value()) / 100.0);
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3.5' fill='#1a73e8'><title>%s: %.0f%%</title></circle>",
                    x, y, Markup.text(points.get(i).label()), points.get(i).value()));
            if (points.size() <= 6 || i % Math.ceilDiv(points.size(), 6) == 0) {
                svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle' %s>%s</text>",
                        x, height - bottom + 18, FONT, Markup.text(points.get(i).label())));
            }
        }
        if (points.size() > 1) {
            svg.append("<path d='").append(path).append("' fill='none' stroke='#1a73e8' stroke-width='2'/>");
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars from 0 to {@code max}, one per entry, with the value written at the end. */
    public static String bars(String title, List<Point> bars, double max, String unit) {
        int rowHeight = 24;
        int labelWidth = 140;
        int height = 16 + rowHeight * Math.max(bars.size(), 1);
        StringBuilder svg = open(height, title);
        double scale = max <= 0 ? 0 : (WIDTH - labelWidth - 50) / max;
        for (int i = 0; i < bars.size(); i++) {
            Point bar = bars.get(i);
            int y = 8 + i * rowHeight;
            double w = Math.max(0, Math.min(bar.value(), max)) * scale;
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end' %s>%s</text>",
                    labelWidth - 8, y + 15, FONT, Markup.text(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%.1f' height='%d' fill='#1a73e8'/>",
                    labelWidth, y + 3, w, rowHeight - 8));
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' %s>%.0f%s</text>",
                    labelWidth + w + 6, y + 15, FONT, bar.value(), Markup.text(unit)));
        }
        return svg.append("</svg>").toString();
    }

    /** The chart's title is its accessible name; the page shows it as text above the chart, where it can wrap. */
    private static StringBuilder open(int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' viewBox='0 0 %d %d' role='img'>"
                        + "<title>%s</title>", WIDTH, height, WIDTH, height, Markup.text(title)));
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }
}
