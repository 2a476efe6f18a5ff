package org.ramjet.parser.lexer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A decoded source file split into lines (each with its line terminator), for tokenizing and for
 * the source line and caret of error messages. Converts between the UTF-8 byte columns used in
 * tokens and AST nodes and character columns used for display.
 */
public final class SourceText {
    private final String filename;
    private final String text;
    private final List<String> lines = new ArrayList<>();

    public SourceText(String filename, String text) {
        this.filename = filename;
        this.text = text;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
    }

    public String filename() {
        return filename;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lines.size();
    }

    /** Line {@code lineno} (1-based) with its terminator, or "" past the end. */
    public String line(int lineno) {
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : "";
    }

    /** The character (UTF-16) column of a UTF-8 byte column in line {@code lineno}. */
    public int charColumn(int lineno, int byteColumn) {
        String line = line(lineno);
        int bytes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (bytes >= byteColumn) {
                return i;
            }
            int cp = line.codePointAt(i);
            bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
        }
        return line.length();
    }

    /** The UTF-8 byte column of a character (UTF-16) column in line {@code lineno}. */
    public int byteColumn(int lineno, int charColumn) {
        String line = line(lineno);
        return line.substring(0, Math.min(charColumn, line.length())).getBytes(StandardCharsets.UTF_8).length;
    }
}
