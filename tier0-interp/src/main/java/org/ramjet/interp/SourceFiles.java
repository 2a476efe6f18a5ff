package org.ramjet.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default source-line provider: reads a file once and keeps its lines, as {@code linecache}
 * does. Names like {@code <string>} are not files and have no lines.
 */
final class SourceFiles {
    private static final ConcurrentHashMap<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private SourceFiles() {}

    static String readLine(String filename, int lineno) {
        if (filename == null || filename.startsWith("<") || lineno < 1) {
            return null;
        }
        List<String> lines = CACHE.computeIfAbsent(filename, SourceFiles::read);
        return lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    private static List<String> read(String filename) {
        try {
            Path p = Paths.get(filename);
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            return splitKeepingEnds(text);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static List<String> splitKeepingEnds(String text) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
