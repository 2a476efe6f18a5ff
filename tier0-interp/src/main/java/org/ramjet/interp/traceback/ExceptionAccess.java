package org.ramjet.interp.traceback;

import java.util.List;
import org.ramjet.bytecode.PyCode;

/**
 * What {@link TracebackFormatter} reads from exception and traceback objects. Keeping it an
 * interface lets the formatter be tested on plain Java stand-ins; {@link PyExceptionAccess}
 * reads the real Python objects.
 */
public interface ExceptionAccess {
    /** {@code __cause__}, or null. */
    Object cause(Object exc);

    /** {@code __context__}, or null. */
    Object context(Object exc);

    boolean suppressContext(Object exc);

    /** {@code __traceback__} (the first entry), or null. */
    Object traceback(Object exc);

    boolean isGroup(Object exc);

    /** The sub-exceptions of an exception group. */
    List<Object> groupExceptions(Object group);

    /** {@code type(exc).__module__}, or null when it is not a string. */
    String typeModule(Object exc);

    String typeQualname(Object exc);

    /** {@code str(exc)}; may throw when {@code __str__} fails. */
    String str(Object exc);

    /** {@code __notes__} as text lines (each note rendered), or null when absent. */
    Notes notes(Object exc);

    /** For SyntaxError instances: where the error is; null for other exceptions. */
    SyntaxLocation syntaxLocation(Object exc);

    Object tbNext(Object tb);

    PyCode tbCode(Object tb);

    int tbLineno(Object tb);

    /** The bytecode index of the entry's instruction (for its columns), or -1. */
    int tbBci(Object tb);

    /** The notes to print after the message: strings as they are, others already repr'd. */
    final class Notes {
        public final List<String> lines;

        public Notes(List<String> lines) {
            this.lines = lines;
        }
    }

    /**
     * A SyntaxError's {@code msg} (printed instead of {@code str(exc)}), {@code filename},
     * {@code lineno}, {@code offset}, {@code end_lineno}, {@code end_offset}, {@code text}.
     */
    final class SyntaxLocation {
        public final String msg;
        public final String filename;
        public final int lineno;
        public final int offset;
        public final int endLineno;
        public final int endOffset;
        public final String text;

        public SyntaxLocation(String msg, String filename, int lineno, int offset, int endLineno, int endOffset,
                              String text) {
            this.msg = msg;
            this.filename = filename;
            this.lineno = lineno;
            this.offset = offset;
            this.endLineno = endLineno;
            this.endOffset = endOffset;
            this.text = text;
        }
    }
}
