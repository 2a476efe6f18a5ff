package org.ramjet.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart written as SVG text: a title, axes with ticks, grid lines and labels, one
 * polyline per series (with point markers when there are few points) and a legend. The y axis
 * is linear from zero, or logarithmic ({@link #logY}) for curves whose first points are many
 * times their last. Enough for warm-up curves; no dependencies.
 */
public final class SvgChart {
    private static final String[] COLORS = {
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"
    };
    private static final int WIDTH = 860;
    private static final int HEIGHT = 500;
    private static final int LEFT = 80;
    private static final int RIGHT = WIDTH - 200;
    private static final int TOP = 50;
    private static final int BOTTOM = HEIGHT - 60;
    private static final int MAX_MARKED_POINTS = 60;

    /** One line of the chart. */
    public record Series(String name, double[] xs, double[] ys) {
        public Series {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException(name + ": " + xs.length + " x values for " + ys.length + " y values");
            }
        }
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private boolean logY;

    public SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Plots y on a log scale (points with y <= 0 are left out). */
    public SvgChart logY(boolean on) {
        this.logY = on;
        return this;
    }

    public SvgChart add(String name, double[] xs, double[] ys) {
        series.add(new Series(name, xs.clone(), ys.clone()));
        return this;
    }

    private boolean plottable(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y) && (!logY || y > 0);
    }

    /** The chart as a complete SVG document. */
    public String render() {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.xs().length; i++) {
                if (plottable(s.xs()[i], s.ys()[i])) {
                    xMin = Math.min(xMin, s.xs()[i]);
                    xMax = Math.max(xMax, s.xs()[i]);
                    yMin = Math.min(yMin, s.ys()[i]);
                    yMax = Math.max(yMax, s.ys()[i]);
                }
            }
        }
        if (xMin > xMax) {
            xMin = 0;
            xMax = 1;
            yMin = logY ? 1 : 0;
            yMax = logY ? 10 : 1;
        }
        Axis x = Axis.linear(xMin, xMax);
        Axis y = logY ? Axis.log(yMin, yMax) : Axis.linear(Math.min(0, yMin), yMax);

        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"28\" text-anchor=\"middle\" font-size=\"15\">%s</text>%n",
                (LEFT + RIGHT) / 2, escape(title)));
        appendAxes(svg, x, y);
        for (int i = 0; i < series.size(); i++) {
            appendSeries(svg, series.get(i), COLORS[i % COLORS.length], x, y);
        }
        appendLegend(svg);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void appendAxes(StringBuilder svg, Axis x, Axis y) {
        svg.append("<g stroke=\"#dddddd\" stroke-width=\"1\">\n");
        for (double t : x.ticks) {
            svg.append(line(px(x, t), TOP, px(x, t), BOTTOM));
        }
        for (double t : y.ticks) {
            svg.append(line(LEFT, py(y, t), RIGHT, py(y, t)));
        }
        svg.append("</g>\n<g stroke=\"black\" stroke-width=\"1\">\n");
        svg.append(line(LEFT, BOTTOM, RIGHT, BOTTOM)).append(line(LEFT, TOP, LEFT, BOTTOM));
        for (double t : x.ticks) {
            svg.append(line(px(x, t), BOTTOM, px(x, t), BOTTOM + 5));
        }
        for (double t : y.ticks) {
            svg.append(line(LEFT - 5, py(y, t), LEFT, py(y, t)));
        }
        svg.append("</g>\n");
        for (double t : x.ticks) {
            svg.append(text(px(x, t), BOTTOM + 20, "middle", x.label(t)));
        }
        for (double t : y.ticks) {
            svg.append(text(LEFT - 8, py(y, t) + 4, "end", y.label(t)));
        }
        svg.append(text((LEFT + RIGHT) / 2.0, HEIGHT - 18, "middle", xLabel));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 18 %.1f)\">%s</text>%n",
                (TOP + BOTTOM) / 2.0, (TOP + BOTTOM) / 2.0, escape(yLabel + (logY ? " (log scale)" : ""))));
    }

    private void appendSeries(StringBuilder svg, Series s, String color, Axis x, Axis y) {
        StringBuilder points = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.xs().length; i++) {
            if (plottable(s.xs()[i], s.ys()[i])) {
                if (count++ > 0) {
                    points.append(' ');
                }
                points.append(String.format(Locale.ROOT, "%.1f,%.1f", px(x, s.xs()[i]), py(y, s.ys()[i])));
            }
        }
        svg.append(String.format(Locale.ROOT,
                "<polyline class=\"series\" data-name=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                escape(s.name()), color, points));
        if (count <= MAX_MARKED_POINTS) {
            svg.append(String.format(Locale.ROOT, "<g fill=\"%s\">%n", color));
            for (int i = 0; i < s.xs().length; i++) {
                if (plottable(s.xs()[i], s.ys()[i])) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\"/>%n",
                            px(x, s.xs()[i]), py(y, s.ys()[i])));
                }
            }
            svg.append("</g>\n");
        }
    }

    private void appendLegend(StringBuilder svg) {
        int x0 = RIGHT + 20;
        for (int i = 0; i < series.size(); i++) {
            int yy = TOP + 10 + 20 * i;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>%n",
                    x0, yy, x0 + 24, yy, COLORS[i % COLORS.length]));
            svg.append(text(x0 + 30, yy + 4, "start", series.get(i).name()));
        }
    }

    private static double px(Axis x, double v) {
        return LEFT + (RIGHT - LEFT) * x.fraction(v);
    }

    private static double py(Axis y, double v) {
        return BOTTOM - (BOTTOM - TOP) * y.fraction(v);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n", x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", x, y, anchor, escape(s));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }

    /** An axis range with its tick values; linear ranges are widened to whole tick steps. */
    static final class Axis {
        final double min;
        final double max;
        final boolean log;
        final List<Double> ticks;
        private final int decimals;

        private Axis(double min, double max, boolean log, List<Double> ticks, int decimals) {
            this.min = min;
            this.max = max;
            this.log = log;
            this.ticks = ticks;
            this.decimals = decimals;
        }

        /** Ticks at 1, 2 or 5 times a power of ten, about six of them. */
        static Axis linear(double lo, double hi) {
            if (hi <= lo) {
                double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
                lo -= pad;
                hi += pad;
            }
            double step = niceStep((hi - lo) / 6);
            double min = Math.floor(lo / step + 1e-9) * step;
            double max = Math.ceil(hi / step - 1e-9) * step;
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; ; i++) {
                double t = min + i * step;
                if (t > max + step * 1e-6) {
                    break;
                }
                ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
            }
            int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
            return new Axis(min, max, false, ticks, decimals);
        }

        /** Whole decades around the values; 2 and 5 times each power too when there are few decades. */
        static Axis log(double lo, double hi) {
            int a = (int) Math.floor(Math.log10(lo) + 1e-9);
            int b = (int) Math.ceil(Math.log10(hi) - 1e-9);
            if (b <= a) {
                b = a + 1;
            }
            List<Double> ticks = new ArrayList<>();
            for (int k = a; k <= b; k++) {
                double p = Math.pow(10, k);
                ticks.add(p);
                if (b - a <= 2 && k < b) {
                    ticks.add(2 * p);
                    ticks.add(5 * p);
                }
            }
            return new Axis(Math.pow(10, a), Math.pow(10, b), true, ticks, 0);
        }

        static double niceStep(double rough) {
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double f = rough / power;
            double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
            return nice * power;
        }

        /** Where {@code v} lies between the ends, 0 to 1. */
        double fraction(double v) {
            return log ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) : (v - min) / (max - min);
        }

        String label(double v) {
            if (log) {
                return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
            }
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
    }
}
