package org.ramjet.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The test corpus: every {@code tests/programs/**}{@code /*.py} runs in this JVM, each with fresh
 * interpreter state, under every tier setting, and must print exactly what CPython 3.11 printed
 * ({@code X.out}, {@code X.err}, {@code X.rc}, made by {@code tools/make-expected}). As in
 * make-expected, the program's directory is removed from what it prints, so tracebacks show
 * bare file names. Programs listed in {@code tests/programs/SKIP} are reported as skipped with
 * the reason given there.
 */
class CorpusTest {
    static final Path ROOT = Path.of("..", "tests", "programs").toAbsolutePath().normalize();

    /** A tier setting: the -X options every program runs under. New tiers add theirs here. */
    record TierSetting(String name, String... xOptions) {}

    static final List<TierSetting> SETTINGS = List.of(
            new TierSetting("interpreter", "tier=0"));

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.walk(ROOT)) {
            programs = files.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().startsWith("_"))
                    .filter(p -> Files.exists(sibling(p, ".out")))
                    .sorted().collect(Collectors.toList());
        }
        Map<String, String> skipped = skipList();
        return SETTINGS.stream().map(setting -> DynamicContainer.dynamicContainer(setting.name(),
                programs.stream().map(p -> {
                    String name = ROOT.relativize(p).toString();
                    return DynamicTest.dynamicTest(name, () -> {
                        Assumptions.assumeFalse(skipped.containsKey(name), () -> "skipped: " + skipped.get(name));
                        check(p, setting);
                    });
                })));
    }

    private static Map<String, String> skipList() throws IOException {
        Map<String, String> skipped = new HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("SKIP"), StandardCharsets.UTF_8)) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                String[] parts = line.split("\\s+", 2);
                skipped.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return skipped;
    }

    private static Path sibling(Path py, String extension) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + extension);
    }

    private static String readOr(Path p, String otherwise) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : otherwise;
    }

    private static void check(Path py, TierSetting setting) throws IOException {
        List<String> argv = new ArrayList<>();
        for (String x : setting.xOptions()) {
            argv.add("-X");
            argv.add(x);
        }
        argv.add(py.toString());
        Path argsFile = sibling(py, ".args");
        if (Files.exists(argsFile)) {
            for (String line : Files.readAllLines(argsFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    argv.add(line);
                }
            }
        }
        Path inFile = sibling(py, ".in");
        byte[] stdin = Files.exists(inFile) ? Files.readAllBytes(inFile) : new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ScriptRunner.run(argv.toArray(new String[0]), new ByteArrayInputStream(stdin), out, err);
        String dir = py.getParent().toString() + "/";
        String actualOut = out.toString(StandardCharsets.UTF_8).replace(dir, "");
        String actualErr = err.toString(StandardCharsets.UTF_8).replace(dir, "");
        String expectedOut = readOr(sibling(py, ".out"), "");
        String expectedErr = readOr(sibling(py, ".err"), "");
        int expectedRc = Integer.parseInt(readOr(sibling(py, ".rc"), "0").trim());
        assertEquals(expectedOut + "\n--- stderr ---\n" + expectedErr + "\n--- exit status " + expectedRc,
                actualOut + "\n--- stderr ---\n" + actualErr + "\n--- exit status " + rc);
    }
}
