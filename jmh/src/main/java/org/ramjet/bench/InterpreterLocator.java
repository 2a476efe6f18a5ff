package org.ramjet.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Checks, before anything is timed, that each implementation's executable exists; replaces a
 * launcher shim (pyenv's {@code ~/.pyenv/shims/python3} and the like, which start a shell and
 * add their own start-up time to every run) by the real binary the interpreter reports as
 * {@code sys.executable}; and asks each one for {@code --version}, which also lets a wrapper
 * such as {@code ./ramjet} build itself before the first timed run.
 */
public final class InterpreterLocator {
    private static final String ASK_EXECUTABLE = "import sys; print(sys.executable)";

    /** An implementation ready to run, or the reason it cannot ({@code problem}, null when it can). */
    public record Located(Implementation implementation, String problem, String note, String version) {
        public boolean available() {
            return problem == null;
        }
    }

    private final ProcessRunner runner;
    private final Path scratch;
    private final Duration probeTimeout;

    /** {@code scratch} receives the probes' output files. */
    public InterpreterLocator(ProcessRunner runner, Path scratch, Duration probeTimeout) {
        this.runner = runner;
        this.scratch = scratch;
        this.probeTimeout = probeTimeout;
    }

    public Located locate(Implementation impl) {
        String exe = impl.executable();
        Path found = findExecutable(exe);
        if (found == null) {
            String where = exe.contains("/") ? "is not an executable file" : "is not on PATH";
            return new Located(impl, "'" + exe + "' " + where, null, null);
        }
        String note = null;
        Implementation ready = impl;
        if (isShim(found)) {
            String real = askRealExecutable(impl);
            if (real != null) {
                ready = impl.withExecutable(real);
                note = "shim " + found + " resolved to " + real;
            } else {
                note = "shim " + found + " could not be resolved (kept; it adds start-up time)";
            }
        }
        return new Located(ready, null, note, askVersion(ready));
    }

    /** The file {@code exe} names: a path (relative to the current directory) or a name on PATH. */
    static Path findExecutable(String exe) {
        if (exe.contains("/")) {
            Path p = Path.of(exe).toAbsolutePath();
            return Files.isRegularFile(p) && Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, exe);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** pyenv, asdf and friends keep their launcher scripts in a directory named {@code shims}. */
    static boolean isShim(Path executable) {
        Path dir = executable.getParent();
        return dir != null && dir.getFileName() != null && dir.getFileName().toString().equals("shims");
    }

    private String askRealExecutable(Implementation impl) {
        // the executable alone: the implementation's own options might not mix with -c
        String out = probe(impl, List.of(impl.executable(), "-c", ASK_EXECUTABLE), "executable");
        if (out == null) {
            return null;
        }
        String line = out.strip();
        Path p = Path.of(line);
        return !line.isEmpty() && p.isAbsolute() && Files.isExecutable(p) && !isShim(p) ? line : null;
    }

    private String askVersion(Implementation impl) {
        String out = probe(impl, impl.commandWith(List.of("--version")), "version");
        if (out == null) {
            return null;
        }
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }

    /** Runs {@code command} in the implementation's environment; its stdout (else stderr) when it exits 0, else null. */
    private String probe(Implementation impl, List<String> command, String what) {
        try {
            Path out = scratch.resolve(impl.name() + "." + what + ".out");
            Path err = scratch.resolve(impl.name() + "." + what + ".err");
            ProcessRunner.Result r = runner.run(command, impl.environment(), out, err, probeTimeout);
            if (!r.ok()) {
                return null;
            }
            String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
            return text.isBlank() ? new String(Files.readAllBytes(err), StandardCharsets.UTF_8) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Locates every implementation. */
    public List<Located> locateAll(List<Implementation> impls) {
        return impls.stream().map(this::locate).toList();
    }
}
