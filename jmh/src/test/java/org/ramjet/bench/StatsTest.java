package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {
    private static final double NaN = Double.NaN;

    @Test
    void medianOfOddAndEvenCountsSkippingMissingRounds() {
        assertEquals(2.0, Stats.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}));
        assertEquals(3.0, Stats.median(new double[] {NaN, 3, NaN}));
        assertTrue(Double.isNaN(Stats.median(new double[] {NaN})));
        assertTrue(Double.isNaN(Stats.median(new double[0])));
    }

    @Test
    void pairedRatioIsTheMedianOfPerRoundRatios() {
        // per-round ratios 0.5, 0.6, 0.4 -> 0.5; the ratio of medians would be 1.2 / 2.0 = 0.6
        assertEquals(0.5, Stats.pairedRatio(new double[] {0.5, 1.2, 1.2}, new double[] {1.0, 2.0, 3.0}), 1e-12);
    }

    @Test
    void pairedRatioUsesOnlyRoundsWhereBothRan() {
        assertEquals(3.0, Stats.pairedRatio(new double[] {3, NaN, 9}, new double[] {1, 1, 3}), 1e-12);
    }

    @Test
    void pairedRatioFallsBackToRatioOfMediansWithoutCommonRounds() {
        assertEquals(2.0, Stats.pairedRatio(new double[] {NaN, 4}, new double[] {2, NaN}), 1e-12);
    }

    @Test
    void geometricMean() {
        assertEquals(2.0, Stats.geometricMean(new double[] {1, 4}), 1e-12);
        assertEquals(1.0, Stats.geometricMean(new double[] {0.5, 2.0, NaN}), 1e-12);
        assertEquals(3.0, Stats.geometricMean(new double[] {1, 3, 9}), 1e-12);
        assertTrue(Double.isNaN(Stats.geometricMean(new double[] {NaN})));
    }
}
