package org.ramjet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header lines of a report, so a table read later says where and when it was measured:
 * date, machine (cores, CPU model, memory, OS), {@code java -version}, {@code python3 --version}
 * and the command line that produced it.
 */
public final class MachineInfo {
    private final ProcessRunner runner;
    private final Path scratch;

    /** {@code scratch} receives the probes' output files. */
    public MachineInfo(ProcessRunner runner, Path scratch) {
        this.runner = runner;
        this.scratch = scratch;
    }

    /** Markdown list items: date, machine, java, python3, command. */
    public List<String> headerLines(String commandLine) {
        List<String> lines = new ArrayList<>();
        lines.add("- date: " + ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        lines.add("- machine: " + machine());
        String java = firstLine(List.of("java", "-version"));
        lines.add("- java: " + (java != null ? java : "`java` not runnable; this JVM is " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.runtime.version")));
        String python = firstLine(List.of("python3", "--version"));
        lines.add("- python3: " + (python != null ? python : "not found"));
        lines.add("- command: `" + commandLine + "`");
        return lines;
    }

    private static String machine() {
        StringBuilder sb = new StringBuilder();
        int cores = Runtime.getRuntime().availableProcessors();
        sb.append(cores).append(cores == 1 ? " core" : " cores");
        String cpu = procField(Path.of("/proc/cpuinfo"), "model name");
        if (cpu != null) {
            sb.append(" (").append(cpu).append(')');
        }
        sb.append(", ").append(String.format(Locale.ROOT, "%.1f GiB", totalMemoryBytes() / (1024.0 * 1024 * 1024))).append(" memory, ");
        sb.append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch"));
        String distro = procField(Path.of("/etc/os-release"), "PRETTY_NAME");
        if (distro != null) {
            sb.append(" (").append(distro.replace("\"", "")).append(')');
        }
        return sb.toString();
    }

    private static long totalMemoryBytes() {
        String kb = procField(Path.of("/proc/meminfo"), "MemTotal");
        if (kb != null && kb.endsWith("kB")) {
            return Long.parseLong(kb.substring(0, kb.length() - 2).strip()) * 1024;
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory();
    }

    /** The value of the first {@code key: value} or {@code key=value} line of a text file, or null. */
    static String procField(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    String rest = line.substring(key.length()).strip();
                    if (rest.startsWith(":") || rest.startsWith("=")) {
                        return rest.substring(1).strip();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The first non-blank line a command prints (stdout, else stderr), or null when it cannot run. */
    private String firstLine(List<String> command) {
        if (InterpreterLocator.findExecutable(command.get(0)) == null) {
            return null;
        }
        try {
            Path out = scratch.resolve("probe.out");
            Path err = scratch.resolve("probe.err");
            ProcessRunner.Result r = runner.run(command, java.util.Map.of(), out, err, Duration.ofSeconds(30));
            if (!r.ok()) {
                return null;
            }
            for (Path p : List.of(out, err)) {
                for (String line : new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        return line.strip();
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
