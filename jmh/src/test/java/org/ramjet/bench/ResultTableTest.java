package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown table and its geometric-mean row, on fixed numbers. */
class ResultTableTest {
    @Test
    void cellsRatiosAndGeometricMean() {
        ResultTable t = new ResultTable(List.of("cpython", "ramjet", "pypy"), 0);
        // ramjet: paired ratios 0.5, 0.6, 0.4 -> 0.50x; pypy: 2.00x
        t.add("a.py", List.of(Cell.ok(true, 1.0, 2.0, 3.0), Cell.ok(true, 0.5, 1.2, 1.2), Cell.ok(true, 2.0, 4.0, 6.0)));
        // ramjet: 2.00x; pypy WRONG: left out of pypy's geometric mean
        t.add("b.py:30", List.of(Cell.ok(true, 2.0, 2.0, 2.0), Cell.ok(true, 4.0, 4.0, 4.0), Cell.of(Cell.Status.WRONG)));
        // ramjet timed out, pypy failed: neither counts
        t.add("c.py", List.of(Cell.ok(true, 1.0), Cell.of(Cell.Status.TIMEOUT), Cell.failed(139)));

        String expected = String.join("\n",
                "| program | cpython | ramjet | pypy |",
                "|---|---:|---:|---:|",
                "| a.py | 2.000 | 1.200 (0.50x) | 4.000 (2.00x) |",
                "| b.py:30 | 2.000 | 4.000 (2.00x) | WRONG |",
                "| c.py | 1.000 | timeout | fail(139) |",
                "| geomean ratio | 1.00 | 1.00x (2 progs) | 2.00x (1 prog) |",
                "");
        assertEquals(expected, t.toMarkdown());
        assertEquals(1.0, t.geometricMean(1), 1e-12);
        assertEquals(2, t.programsCounted(1));
        assertEquals(2.0, t.geometricMean(2), 1e-12);
        assertEquals(1, t.programsCounted(2));
    }

    @Test
    void baselineFailureMeansNoRatios() {
        ResultTable t = new ResultTable(List.of("cpython", "ramjet"), 0);
        t.add("a.py", List.of(Cell.of(Cell.Status.NOT_AVAILABLE), Cell.ok(false, 1.5)));
        assertEquals(String.join("\n",
                "| program | cpython | ramjet |",
                "|---|---:|---:|",
                "| a.py | n/a | 1.500 (unchecked) |",
                "| geomean ratio | 1.00 | - |",
                ""), t.toMarkdown());
    }

    @Test
    void baselineNeedNotBeTheFirstColumn() {
        ResultTable t = new ResultTable(List.of("ramjet", "cpython"), 1);
        t.add("a.py", List.of(Cell.ok(true, 0.25), Cell.ok(true, 1.0)));
        assertEquals("| a.py | 0.250 (0.25x) | 1.000 |", t.toMarkdown().lines().toList().get(2));
        assertEquals("| geomean ratio | 0.25x (1 prog) | 1.00 |", t.toMarkdown().lines().toList().get(3));
    }

    @Test
    void smallRatiosKeepThreeSignificantDigits() {
        assertEquals("0.0123x", ResultTable.ratio(0.012345));
        assertEquals("12.35x", ResultTable.ratio(12.345));
    }

    @Test
    void rowMustHaveOneCellPerColumn() {
        ResultTable t = new ResultTable(List.of("a", "b"), 0);
        assertThrows(IllegalArgumentException.class, () -> t.add("x.py", List.of(Cell.ok(true, 1.0))));
    }
}
