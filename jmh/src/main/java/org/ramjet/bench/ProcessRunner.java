package org.ramjet.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one whole process and measures its wall time: stdout and stderr go to files, stdin is
 * empty, and a process still running at the time limit is killed together with its children
 * (an interpreter behind a wrapper script is a child of the script).
 */
public final class ProcessRunner {
    private static final File NO_INPUT = new File("/dev/null");

    /** What one run did. {@code startError} is set, and the rest meaningless, when it could not start. */
    public record Result(double seconds, int exitCode, boolean timedOut, String startError) {
        public boolean ok() {
            return startError == null && !timedOut && exitCode == 0;
        }
    }

    /**
     * Runs {@code command} with {@code environment} added to this process's environment, in the
     * current directory.
     */
    public Result run(List<String> command, Map<String, String> environment, Path stdout, Path stderr,
                      Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        if (NO_INPUT.exists()) {
            pb.redirectInput(NO_INPUT);
        }
        pb.environment().putAll(environment);
        long start = System.nanoTime();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return new Result(0, -1, false, e.getMessage());
        }
        if (!NO_INPUT.exists()) {
            closeQuietly(process);
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
        long end = System.nanoTime();
        if (!finished) {
            killTree(process);
            return new Result((end - start) / 1e9, -1, true, null);
        }
        return new Result((end - start) / 1e9, process.exitValue(), false, null);
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // nothing was written; a failed close changes nothing
        }
    }

    /**
     * Kills the process and every descendant (listed first, before they are orphaned), and waits
     * a little for them to be gone so the next run does not share the machine with them.
     */
    static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            // polled: onExit() of a process that is not our child is itself polled, with long pauses
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (descendants.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
