package org.ramjet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns program arguments into {@link BenchProgram}s. An argument is a Python file, a directory
 * (every {@code *.py} in it, sorted; files starting with {@code _} are helpers and skipped), or
 * a program name looked up in the suite directories ({@code fib}, {@code fib.py}); any of these
 * may end in {@code :SIZE} ({@code fib.py:30}). Labels are file names, or
 * {@code directory/file} where two programs share a file name.
 */
public final class ProgramLocator {
    private final List<Path> suiteDirs;

    /** {@code suiteDirs} are searched for bare program names, in order. */
    public ProgramLocator(List<Path> suiteDirs) {
        this.suiteDirs = List.copyOf(suiteDirs);
    }

    /** The programs the arguments name; throws {@link IllegalArgumentException} for one that does not exist. */
    public List<BenchProgram> locate(List<String> arguments) {
        List<Path> paths = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        for (String arg : arguments) {
            String name = arg;
            String size = null;
            int colon = arg.lastIndexOf(':');
            if (!Files.exists(Path.of(arg)) && colon > 0 && colon < arg.length() - 1) {
                name = arg.substring(0, colon);
                size = arg.substring(colon + 1);
            }
            Path found = find(name);
            if (found == null) {
                throw new IllegalArgumentException("no program or directory " + name
                        + (name.contains("/") ? "" : " (looked in " + suiteDirs + ")"));
            }
            if (Files.isDirectory(found)) {
                if (size != null) {
                    throw new IllegalArgumentException("a size goes with one program, not a directory: " + arg);
                }
                for (Path p : programsIn(found)) {
                    paths.add(p);
                    sizes.add(null);
                }
            } else {
                paths.add(found);
                sizes.add(size);
            }
        }
        return label(paths, sizes);
    }

    /** Every program of the suite directories. */
    public List<BenchProgram> suite() {
        List<String> dirs = new ArrayList<>();
        for (Path d : suiteDirs) {
            if (Files.isDirectory(d)) {
                dirs.add(d.toString());
            }
        }
        return locate(dirs);
    }

    private Path find(String name) {
        Path direct = Path.of(name);
        if (Files.exists(direct)) {
            return direct.toAbsolutePath().normalize();
        }
        if (name.contains("/")) {
            return null;
        }
        for (Path dir : suiteDirs) {
            for (String candidate : List.of(name, name + ".py")) {
                Path p = dir.resolve(candidate);
                if (Files.isRegularFile(p)) {
                    return p.toAbsolutePath().normalize();
                }
            }
        }
        return null;
    }

    static List<Path> programsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .filter(Files::isRegularFile)
                    .map(p -> p.toAbsolutePath().normalize())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Labels are file names, lengthened by parent directories only as far as needed to tell apart different files. */
    private static List<BenchProgram> label(List<Path> paths, List<String> sizes) {
        List<BenchProgram> programs = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            programs.add(new BenchProgram(paths.get(i), shortestDistinctSuffix(paths.get(i), paths), sizes.get(i)));
        }
        return programs;
    }

    private static String shortestDistinctSuffix(Path path, List<Path> all) {
        for (int k = 1; k < path.getNameCount(); k++) {
            String suffix = suffix(path, k);
            boolean distinct = true;
            for (Path other : all) {
                if (!other.equals(path) && suffix(other, k).equals(suffix)) {
                    distinct = false;
                    break;
                }
            }
            if (distinct) {
                return suffix;
            }
        }
        return path.toString();
    }

    private static String suffix(Path p, int components) {
        int n = p.getNameCount();
        return p.subpath(Math.max(0, n - components), n).toString();
    }
}
