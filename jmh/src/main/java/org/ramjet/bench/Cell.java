package org.ramjet.bench;

import java.util.Arrays;

/**
 * What one implementation did with one program: its status, the exit status when it failed,
 * its timed runs (indexed by round, NaN where it did not run) and whether its output was
 * compared with the baseline's. Filled in run by run; a cell stops collecting times once its
 * status is no longer {@link Status#OK}.
 */
public final class Cell {
    /** The states a cell ends in; {@link #word} is what the table shows. */
    public enum Status {
        OK("ok"), NOT_AVAILABLE("n/a"), TIMEOUT("timeout"), FAILED("fail"), WRONG("WRONG");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private Status status;
    private int exitCode;
    private final double[] times;
    private boolean checked;

    /** A cell that is OK so far, with room for {@code rounds} timed runs. */
    public Cell(int rounds) {
        this.status = Status.OK;
        this.times = new double[rounds];
        Arrays.fill(times, Double.NaN);
    }

    /** A finished OK cell with these times (for tables built from known numbers). */
    public static Cell ok(boolean checked, double... times) {
        Cell c = new Cell(times.length);
        System.arraycopy(times, 0, c.times, 0, times.length);
        c.checked = checked;
        return c;
    }

    /** A finished cell in a state other than OK. */
    public static Cell of(Status status) {
        Cell c = new Cell(0);
        c.status = status;
        return c;
    }

    /** A cell whose run exited with {@code exitCode}. */
    public static Cell failed(int exitCode) {
        Cell c = new Cell(0);
        c.fail(exitCode);
        return c;
    }

    public Status status() {
        return status;
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The timed runs by round; NaN where there is none. */
    public double[] times() {
        return times.clone();
    }

    /** Whether the output was compared with the baseline's (always true of the baseline once it ran). */
    public boolean checked() {
        return checked;
    }

    public void record(int round, double seconds) {
        times[round] = seconds;
    }

    public void markChecked() {
        checked = true;
    }

    public void fail(int code) {
        status = Status.FAILED;
        exitCode = code;
    }

    public void setStatus(Status s) {
        status = s;
    }

    /** The word for a cell that is not OK: {@code n/a}, {@code timeout}, {@code fail(3)}, {@code WRONG}. */
    public String statusText() {
        return status == Status.FAILED ? "fail(" + exitCode + ")" : status.word();
    }
}
