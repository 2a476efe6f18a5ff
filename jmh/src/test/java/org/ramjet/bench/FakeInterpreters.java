package org.ramjet.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Small shell scripts that stand in for Python interpreters in tests, so the tests need no
 * Python: each answers {@code --version} and otherwise does one fixed thing, whatever program
 * it is given.
 */
final class FakeInterpreters {
    private final Path dir;

    FakeInterpreters(Path dir) {
        this.dir = dir;
    }

    /** A script named {@code name} whose body runs for anything but {@code --version}. */
    Path script(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n"
                + "for a in \"$@\"; do [ \"$a\" = --version ] && { echo \"Fake " + name + " 1.0\"; exit 0; }; done\n"
                + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    /** Prints {@code text} and exits 0. */
    Path printing(String name, String text) throws IOException {
        return script(name, "printf '%s\\n' '" + text + "'");
    }

    /** Prints a line, complains on stderr and exits {@code code}. */
    Path failing(String name, int code) throws IOException {
        return script(name, "echo partial\necho 'boom: something broke' >&2\nexit " + code);
    }

    /** Starts a child {@code sleep} (its pid written to {@code pidFile}) and waits for it. */
    Path sleeping(String name, Path pidFile) throws IOException {
        return script(name, "sleep 30 &\necho $! > '" + pidFile + "'\nwait");
    }

    /** Prints 42 the first time it runs and 43 after that. */
    Path flaky(String name) throws IOException {
        Path marker = dir.resolve(name + ".ran");
        return script(name, "if [ -e '" + marker + "' ]; then echo 43; else touch '" + marker + "'; echo 42; fi");
    }

    /** A program file; its content does not matter to the fakes. */
    Path program(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "print(42)\n", StandardCharsets.UTF_8);
        return p;
    }

    /** Locates implementations given as {@code name=command} pairs (probes run the fakes). */
    List<InterpreterLocator.Located> locate(Implementation... impls) throws IOException {
        Path scratch = Files.createDirectories(dir.resolve("probe"));
        return new InterpreterLocator(new ProcessRunner(), scratch, java.time.Duration.ofSeconds(10)).locateAll(List.of(impls));
    }

    /** A PrintStream that collects what is printed. */
    static final class Capture {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
