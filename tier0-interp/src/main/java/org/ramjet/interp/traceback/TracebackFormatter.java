package org.ramjet.interp.traceback;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.ramjet.bytecode.PyCode;
import org.ramjet.interp.Hooks;

/**
 * Formats an uncaught exception exactly as CPython 3.11's {@code sys.excepthook} prints it:
 * the chained exceptions first ("The above exception was the direct cause ..." / "During
 * handling of the above exception ..."), each traceback with its source lines and caret lines,
 * runs of more than three identical entries folded into "[Previous line repeated N more
 * times]", exception groups drawn as nested boxes, and the final {@code Type: message} line
 * (module-qualified unless the class lives in {@code builtins} or {@code __main__}), then
 * {@code __notes__}.
 */
public final class TracebackFormatter {
    private static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n\n";
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private final ExceptionAccess access;
    private final Hooks.SourceLines sources;
    private final CaretLine.SegmentParser segmentParser;
    private final int limit;

    private final StringBuilder out = new StringBuilder();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int groupDepth;
    private boolean needClose;

    /**
     * @param limit {@code sys.tracebacklimit} (1000 by default): at most this many of the most
     *              recent entries of each traceback are printed; none when {@code <= 0}
     */
    public TracebackFormatter(ExceptionAccess access, Hooks.SourceLines sources,
                              CaretLine.SegmentParser segmentParser, int limit) {
        this.access = access;
        this.sources = sources;
        this.segmentParser = segmentParser;
        this.limit = limit;
    }

    /** The full text for {@code exc}, ending with a newline. */
    public String format(Object exc) {
        printRecursive(exc);
        return out.toString();
    }

    private void printRecursive(Object exc) {
        printCauseAndContext(exc);
        if (access.isGroup(exc)) {
            printGroup(exc);
        } else {
            printException(exc);
        }
    }

    private void printCauseAndContext(Object exc) {
        seen.add(exc);
        Object cause = access.cause(exc);
        if (cause != null) {
            if (!seen.contains(cause)) {
                printChained(cause, CAUSE_MESSAGE);
            }
            return;
        }
        if (access.suppressContext(exc)) {
            return;
        }
        Object context = access.context(exc);
        if (context != null && !seen.contains(context)) {
            printChained(context, CONTEXT_MESSAGE);
        }
    }

    private void printChained(Object exc, String message) {
        boolean close = needClose;
        printRecursive(exc);
        needClose = close;
        indentedMargin();
        out.append(message);
    }

    private void printException(Object exc) {
        Object tb = access.traceback(exc);
        if (tb != null) {
            String headerMargin = margin();
            String header = "Traceback (most recent call last):\n";
            if (access.isGroup(exc)) {
                header = "Exception Group Traceback (most recent call last):\n";
                if (groupDepth == 1) {
                    headerMargin = "+ ";
                }
            }
            indent();
            out.append(headerMargin).append(header);
            printTraceback(tb);
        }
        ExceptionAccess.SyntaxLocation loc = access.syntaxLocation(exc);
        if (loc != null) {
            printSyntaxErrorLocation(loc);
        }
        printMessage(exc, loc);
        printNotes(exc);
    }

    private void printTraceback(Object tb) {
        if (limit <= 0) {
            return;
        }
        int depth = 0;
        for (Object t = tb; t != null; t = access.tbNext(t)) {
            depth++;
        }
        while (tb != null && depth > limit) {
            depth--;
            tb = access.tbNext(tb);
        }
        String lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (Object t = tb; t != null; t = access.tbNext(t)) {
            PyCode code = access.tbCode(t);
            int line = access.tbLineno(t);
            if (lastFile == null || !code.filename.equals(lastFile) || lastLine == -1
                    || line != lastLine || !code.name.equals(lastName)) {
                if (count > RECURSIVE_CUTOFF) {
                    printRepeated(count);
                }
                lastFile = code.filename;
                lastLine = line;
                lastName = code.name;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                printEntry(code, line, access.tbBci(t));
            }
        }
        if (count > RECURSIVE_CUTOFF) {
            printRepeated(count);
        }
    }

    private void printRepeated(int count) {
        int more = count - RECURSIVE_CUTOFF;
        out.append("  [Previous line repeated ").append(more)
                .append(more > 1 ? " more times]\n" : " more time]\n");
    }

    private void printEntry(PyCode code, int line, int bci) {
        indentedMargin();
        out.append("  File \"").append(code.filename).append("\", line ").append(line)
                .append(", in ").append(code.name).append('\n');
        String source = line > 0 ? sources.line(code.filename, line) : null;
        if (source == null) {
            return;
        }
        indentedMargin();
        out.append("    ").append(CaretLine.displayed(source)).append('\n');
        if (bci < 0 || bci >= code.instructions.length) {
            return;
        }
        String carets = CaretLine.of(source, code.lineTable.line(bci), code.lineTable.endLine(bci),
                code.lineTable.column(bci), code.lineTable.endColumn(bci), segmentParser);
        if (carets != null) {
            indentedMargin();
            out.append(carets).append('\n');
        }
    }

    /**
     * SyntaxError's own block, as CPython's {@code print_exception_file_and_line} and
     * {@code print_error_text}: "File ..., line N", the offending line without its indent, and
     * carets from {@code offset} to {@code end_offset} (1-based; none when the offset falls in
     * the stripped indent).
     */
    private void printSyntaxErrorLocation(ExceptionAccess.SyntaxLocation loc) {
        indentedMargin();
        out.append("  File \"").append(loc.filename == null ? "<string>" : loc.filename)
                .append("\", line ").append(loc.lineno).append('\n');
        if (loc.text == null) {
            return;
        }
        String text = loc.text;
        int lineSize = text.codePointCount(0, text.length());
        int endOffset = loc.endOffset;
        if (loc.endLineno > loc.lineno) {
            endOffset = lineSize;
        }
        if (endOffset > lineSize + 1) {
            endOffset = lineSize + 1;
        }
        int offset = loc.offset;
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t' || text.charAt(start) == '\f')) {
            start++;
            offset--;
        }
        text = text.substring(start);
        int len = text.length();
        if (len > 0 && text.charAt(len - 1) == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        while (true) {
            int nl = text.indexOf('\n');
            if (nl < 0 || nl >= offset) {
                break;
            }
            text = text.substring(nl + 1);
            len -= nl + 1;
            offset -= nl + 1;
        }
        out.append("    ").append(text);
        if (len >= text.length() || text.charAt(len) != '\n') {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ").append(" ".repeat(offset)).append("^".repeat(Math.max(carets, 1))).append('\n');
    }

    private void printMessage(Object exc, ExceptionAccess.SyntaxLocation loc) {
        indentedMargin();
        String module = access.typeModule(exc);
        if (module == null) {
            out.append("<unknown>");
        } else {
            if (!module.equals("builtins") && !module.equals("__main__")) {
                out.append(module).append('.');
            }
            out.append(access.typeQualname(exc));
        }
        String s;
        try {
            s = loc != null && loc.msg != null ? loc.msg : access.str(exc);
        } catch (RuntimeException failed) {
            out.append(": <exception str() failed>\n");
            return;
        }
        if (!s.isEmpty()) {
            out.append(": ").append(s);
        }
        out.append('\n');
    }

    private void printNotes(Object exc) {
        ExceptionAccess.Notes notes = access.notes(exc);
        if (notes == null) {
            return;
        }
        for (String note : notes.lines) {
            for (String line : note.split("\n", -1)) {
                indentedMargin();
                out.append(line).append('\n');
            }
        }
    }

    private void printGroup(Object group) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            indentedMargin();
            out.append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (groupDepth == 0) {
            groupDepth++;
        }
        printException(group);
        java.util.List<Object> excs = access.groupExceptions(group);
        int num = excs.size();
        int n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            indent();
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(i == 0 ? "+-" : "  ");
            out.append(truncated ? "+---------------- ... ----------------\n"
                    : "+---------------- " + (i + 1) + " ----------------\n");
            groupDepth++;
            if (!truncated) {
                printRecursive(excs.get(i));
            } else {
                int remaining = num - MAX_GROUP_WIDTH;
                indentedMargin();
                out.append("and ").append(remaining).append(" more exception")
                        .append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && needClose) {
                indent();
                out.append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (groupDepth == 1) {
            groupDepth--;
        }
    }

    private String margin() {
        return groupDepth > 0 ? "| " : "";
    }

    private void indent() {
        for (int i = 0; i < 2 * groupDepth; i++) {
            out.append(' ');
        }
    }

    private void indentedMargin() {
        indent();
        out.append(margin());
    }
}
