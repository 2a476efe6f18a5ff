package org.ramjet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comparison as a Markdown table: one row per program, one column per implementation. A
 * cell holds the median wall seconds and, except for the baseline, the ratio to the baseline
 * (median of per-round ratios, {@link Stats#pairedRatio}); a cell that did not succeed holds
 * its status word. The last row is the geometric mean of each column's ratios over the
 * programs where both it and the baseline succeeded with checked output.
 */
public final class ResultTable {
    /** One program's row: its label and one cell per implementation, in column order. */
    public record Row(String label, List<Cell> cells) {}

    private final List<String> names;
    private final int baseline;
    private final List<Row> rows = new ArrayList<>();

    /** Columns {@code names}; {@code baseline} indexes the reference column. */
    public ResultTable(List<String> names, int baseline) {
        this.names = List.copyOf(names);
        this.baseline = baseline;
    }

    public ResultTable add(String label, List<Cell> cells) {
        if (cells.size() != names.size()) {
            throw new IllegalArgumentException("row " + label + " has " + cells.size() + " cells for " + names.size() + " columns");
        }
        rows.add(new Row(label, List.copyOf(cells)));
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * The ratio of column {@code col} to the baseline in {@code row}, or NaN when either did not
     * succeed or the output was not checked.
     */
    public double ratio(Row row, int col) {
        Cell base = row.cells().get(baseline);
        Cell cell = row.cells().get(col);
        if (!base.isOk() || !cell.isOk() || !cell.checked() || Double.isNaN(Stats.median(cell.times()))) {
            return Double.NaN;
        }
        return Stats.pairedRatio(cell.times(), base.times());
    }

    /** The geometric mean of column {@code col}'s ratios; NaN when no program counts. */
    public double geometricMean(int col) {
        return Stats.geometricMean(ratios(col));
    }

    /** How many programs the geometric mean of column {@code col} covers. */
    public int programsCounted(int col) {
        int n = 0;
        for (double r : ratios(col)) {
            if (Double.isFinite(r) && r > 0) {
                n++;
            }
        }
        return n;
    }

    private double[] ratios(int col) {
        return rows.stream().mapToDouble(r -> ratio(r, col)).toArray();
    }

    /** The table in Markdown, header and rule lines included. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| program |");
        for (String n : names) {
            sb.append(' ').append(n).append(" |");
        }
        sb.append("\n|---|");
        sb.append("---:|".repeat(names.size()));
        sb.append('\n');
        for (Row row : rows) {
            sb.append("| ").append(row.label()).append(" |");
            for (int c = 0; c < names.size(); c++) {
                sb.append(' ').append(cellText(row, c)).append(" |");
            }
            sb.append('\n');
        }
        sb.append("| geomean ratio |");
        for (int c = 0; c < names.size(); c++) {
            sb.append(' ').append(geometricMeanText(c)).append(" |");
        }
        sb.append('\n');
        return sb.toString();
    }

    String cellText(Row row, int col) {
        Cell cell = row.cells().get(col);
        if (!cell.isOk()) {
            return cell.statusText();
        }
        double median = Stats.median(cell.times());
        if (Double.isNaN(median)) {
            return "-";
        }
        String seconds = seconds(median);
        if (col == baseline) {
            return seconds;
        }
        if (!cell.checked() || !row.cells().get(baseline).isOk()) {
            return seconds + " (unchecked)";
        }
        return seconds + " (" + ratio(ratio(row, col)) + ")";
    }

    private String geometricMeanText(int col) {
        if (col == baseline) {
            return "1.00";
        }
        int n = programsCounted(col);
        if (n == 0) {
            return "-";
        }
        return ratio(geometricMean(col)) + " (" + n + (n == 1 ? " prog)" : " progs)");
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** A ratio with two decimals, or three significant digits when it is below 0.1. */
    static String ratio(double r) {
        if (Double.isNaN(r)) {
            return "-";
        }
        return (r >= 0.1 ? String.format(Locale.ROOT, "%.2f", r) : String.format(Locale.ROOT, "%.3g", r)) + "x";
    }
}
