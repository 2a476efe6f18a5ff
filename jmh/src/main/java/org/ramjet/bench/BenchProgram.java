package org.ramjet.bench;

import java.nio.file.Path;

/**
 * One benchmark program to run: a Python file, the name it has in tables and file names, and
 * the optional size argument given as {@code fib.py:30} (passed to the program as its one
 * argument; without it the program uses its own default).
 */
public record BenchProgram(Path path, String label, String size) {

    /** The file name without {@code .py}: also the module name the warm-up driver imports. */
    public String moduleName() {
        String file = path.getFileName().toString();
        return file.endsWith(".py") ? file.substring(0, file.length() - 3) : file;
    }

    /** The label with the size, as the table shows it: {@code fib.py:30}. */
    public String displayName() {
        return size == null ? label : label + ":" + size;
    }

    /** A name safe for result file names, distinct for distinct display names. */
    public String fileKey() {
        String stem = label.endsWith(".py") ? label.substring(0, label.length() - 3) : label;
        String key = size == null ? stem : stem + "_" + size;
        return key.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
