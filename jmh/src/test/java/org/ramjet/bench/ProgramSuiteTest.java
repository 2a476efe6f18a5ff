package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suite under {@code jmh/programs} keeps its conventions (checked on the text, no Python
 * needed): a first-line comment saying what it stresses, only the allowed imports, a size
 * argument, and the warm-up protocol.
 */
class ProgramSuiteTest {
    private static final Path SUITE = Path.of("programs");
    private static final Set<String> ALLOWED_IMPORTS = Set.of("sys", "math", "array", "itertools", "collections", "ctypes");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:import|from)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    private static List<Path> programs() {
        return ProgramLocator.programsIn(SUITE);
    }

    @Test
    void theCostsOfPythonEachHaveAProgram() {
        List<String> names = programs().stream().map(p -> p.getFileName().toString()).toList();
        for (String required : List.of("add_int.py", "add_float.py", "calls.py", "attrs.py", "methods.py",
                "array_numeric.py", "ctypes_calls.py", "micro_global_load.py", "micro_closure_call.py",
                "micro_dict_str.py", "micro_list.py", "micro_str_concat.py", "micro_generator.py",
                "micro_exception.py", "micro_isinstance.py", "micro_len.py")) {
            assertTrue(names.contains(required), required + " is missing from " + names);
        }
    }

    @Test
    void everyProgramFollowsTheConventions() throws IOException {
        for (Path p : programs()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String name = p.getFileName().toString();
            assertTrue(text.startsWith("# Stresses: "), name + ": first line says what it stresses");
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                assertTrue(ALLOWED_IMPORTS.contains(m.group(1)), name + " imports " + m.group(1));
            }
            assertTrue(!text.contains("import ctypes") || name.equals("ctypes_calls.py"), name + ": ctypes only in ctypes_calls.py");
            assertTrue(text.contains("int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE"), name + ": optional size argument");
            assertTrue(Pattern.compile("(?m)^CURVE_SIZE = \\d+$").matcher(text).find(), name + ": CURVE_SIZE for warm-up curves");
            assertNull(WarmupDriver.unsupportedReason(new BenchProgram(p, name, null)), name);
            assertEquals(1, text.split("\nprint\\(|    print\\(", -1).length - 1, name + ": prints one checksum line");
        }
    }
}
