package org.ramjet.bench;

import java.util.Arrays;

/**
 * The few statistics the comparison reports. Times are arrays indexed by round, with
 * {@link Double#NaN} for a round in which that implementation did not produce a time; every
 * method skips NaN entries.
 */
public final class Stats {
    private Stats() {}

    /** The median of the finite values, or NaN when there are none. */
    public static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    /**
     * The ratio of {@code times} to {@code baseline}: the median over rounds of
     * {@code times[r] / baseline[r]}, taken over the rounds in which both have a time. Runs of one
     * round are close together in time, so pairing them cancels most of the machine's drift.
     * Without any such round it falls back to the ratio of the medians.
     */
    public static double pairedRatio(double[] times, double[] baseline) {
        int rounds = Math.min(times.length, baseline.length);
        double[] ratios = new double[rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            if (Double.isFinite(times[r]) && Double.isFinite(baseline[r]) && baseline[r] > 0) {
                ratios[n++] = times[r] / baseline[r];
            }
        }
        if (n > 0) {
            return median(Arrays.copyOf(ratios, n));
        }
        double b = median(baseline);
        return b > 0 ? median(times) / b : Double.NaN;
    }

    /** The geometric mean of the finite positive values, or NaN when there are none. */
    public static double geometricMean(double[] values) {
        double logSum = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v) && v > 0) {
                logSum += Math.log(v);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logSum / n);
    }
}
