package org.ramjet.stdlib.io;

import org.ramjet.objects.Codecs;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;

/**
 * {@code _io.TextIOWrapper}: str over a {@link PyBuffered}, with an encoding, an error handler
 * and Python's newline modes. What {@code open()} returns in text mode and what
 * {@code sys.stdin}/{@code stdout}/{@code stderr} are.
 *
 * <p>Reading keeps one window of decoded, not yet translated text ({@link #dec}); newline
 * translation happens as characters leave it, so a {@code '\r'} at the end of a chunk waits
 * for the next one. {@link #tell()} is a byte offset: the offset where the window starts plus
 * the encoded length of what was consumed from it.
 */
public final class PyTextIO extends IoBase {
    private BinaryBuffer buffer;
    /** The encoding as the user gave it (shown by {@code .encoding} and the repr). */
    String encoding;
    private String codecName;
    String errors;
    /** null: universal newlines; otherwise "", "\n", "\r" or "\r\n". */
    String newline;
    boolean lineBuffering;
    boolean writeThrough;
    /** The mode shown in the repr and {@code .mode} (open() sets it). */
    public PyObject mode;

    private Codecs.Decoder decoder;
    private final StringBuilder dec = new StringBuilder();
    private int decPos;
    private long decStartByte;
    private boolean eof;

    public PyTextIO(PyType type, BinaryBuffer buffer, String encoding, String errors, String newline,
                    boolean lineBuffering, boolean writeThrough) {
        super(type);
        this.buffer = buffer;
        configure(encoding, errors, newline);
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
    }

    public PyTextIO(PyBuffered buffer, String encoding, String errors, String newline, boolean lineBuffering) {
        this(IoTypes.TEXT_IO_WRAPPER, buffer, encoding, errors, newline, lineBuffering, false);
    }

    private void configure(String enc, String err, String nl) {
        this.codecName = Codecs.normalize(enc);
        this.encoding = enc;
        this.errors = err;
        this.newline = nl;
        this.decoder = new Codecs.Decoder(codecName, err);
    }

    /** The {@code buffer} attribute. */
    public PyObject buffer() {
        checkAttached();
        return buffer.pyObject();
    }

    /** The underlying file's {@code name}, or null. */
    PyObject bufferName() {
        checkAttached();
        return buffer.name();
    }

    int fileno() {
        checkOpen();
        return buffer.fileno();
    }

    private void checkAttached() {
        if (buffer == null) {
            throw PyErrors.valueError("underlying buffer has been detached");
        }
    }

    private void checkOpen() {
        checkAttached();
        if (buffer.isClosed()) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
    }

    @Override
    public boolean isClosed() {
        checkAttached();
        return buffer.isClosed();
    }

    @Override
    public boolean readable() {
        checkOpen();
        return buffer.readable();
    }

    @Override
    public boolean writable() {
        checkOpen();
        return buffer.writable();
    }

    @Override
    public boolean seekable() {
        checkOpen();
        return buffer.seekable();
    }

    public boolean isatty() {
        checkOpen();
        return buffer.isatty();
    }

    // ---- writing ----

    /** {@code write(s)}: returns the number of code points written. */
    public int write(String s) {
        checkOpen();
        if (!buffer.writable()) {
            throw unsupported("not writable");
        }
        if (decPos < dec.length() && buffer.seekable()) {
            long pos = tell();
            buffer.seek(pos, 0);
            resetDecoder();
        }
        String out = s;
        boolean hasLf = s.indexOf('\n') >= 0;
        if (hasLf && newline != null && (newline.equals("\r") || newline.equals("\r\n"))) {
            out = s.replace("\n", newline);
        }
        byte[] bytes = Codecs.encode(out, codecName, errors);
        buffer.write(bytes, 0, bytes.length);
        if (writeThrough || (lineBuffering && (hasLf || s.indexOf('\r') >= 0))) {
            buffer.flush();
        }
        return s.codePointCount(0, s.length());
    }

    @Override
    public void flush() {
        checkOpen();
        buffer.flush();
    }

    // ---- reading ----

    private void resetDecoder() {
        dec.setLength(0);
        decPos = 0;
        eof = false;
        decoder.reset();
    }

    /** Decodes one more chunk into the window; false at end of file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        if (decPos > 0 && decPos == dec.length()) {
            decStartByte += encodedLength(dec.toString());
            dec.setLength(0);
            decPos = 0;
        }
        byte[] chunk = buffer.read1(PyBuffered.DEFAULT_BUFFER_SIZE);
        if (chunk == null) {
            chunk = new byte[0];
        }
        if (chunk.length == 0) {
            eof = true;
            String rest = decoder.decode(chunk, 0, 0, true);
            dec.append(rest);
            return !rest.isEmpty();
        }
        dec.append(decoder.decode(chunk, 0, chunk.length, false));
        return true;
    }

    private long encodedLength(String s) {
        if (codecName.equals("utf-8") || codecName.equals("utf-8-sig")) {
            long n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    n += 1;
                } else if (c < 0x800) {
                    n += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    n += 4;
                    i++;
                } else {
                    n += 3;
                }
            }
            return n;
        }
        if (codecName.equals("latin-1") || codecName.equals("ascii")) {
            return s.length();
        }
        return Codecs.encode(s, codecName, "surrogatepass".equals(errors) ? errors : "replace").length;
    }

    /** The char at window offset {@code k} from the read position, filling as needed; -1 at end. */
    private int peek(int k) {
        while (decPos + k >= dec.length()) {
            if (!fill()) {
                return -1;
            }
        }
        return dec.charAt(decPos + k);
    }

    private void prepareRead() {
        checkOpen();
        if (!buffer.readable()) {
            throw unsupported("not readable");
        }
    }

    /** {@code read(size)}: {@code size} code points, or everything when negative. */
    public String read(long size) {
        prepareRead();
        if (size < 0) {
            // everything left is decoded in one call, so error positions count from here as CPython's
            String rest = dec.substring(decPos);
            decStartByte += encodedLength(dec.substring(0, decPos));
            if (!eof) {
                byte[] all = buffer.read(-1);
                rest += decoder.decode(all, 0, all.length, true);
                eof = true;
            }
            dec.setLength(0);
            dec.append(rest);
            decPos = 0;
            decPos = dec.length();
            if (newline == null) {
                rest = rest.replace("\r\n", "\n").replace('\r', '\n');
            }
            return rest;
        }
        StringBuilder sb = new StringBuilder();
        long count = 0;
        while (count < size) {
            int c = peek(0);
            if (c < 0) {
                break;
            }
            if (c == '\r' && newline == null) {
                decPos += peek(1) == '\n' ? 2 : 1;
                sb.append('\n');
            } else {
                sb.append((char) c);
                decPos++;
                if (Character.isHighSurrogate((char) c) && peek(0) >= 0 && Character.isLowSurrogate((char) peek(0))) {
                    sb.append((char) peek(0));
                    decPos++;
                }
            }
            count++;
        }
        return sb.toString();
    }

    @Override
    public PyObject readline(long limit) {
        return PyStr.of(readLine(limit));
    }

    /** One line with its ending (translated per the newline mode); "" at end of file. */
    public String readLine(long limit) {
        prepareRead();
        StringBuilder sb = new StringBuilder();
        long count = 0;
        while (limit < 0 || count < limit) {
            int c = peek(0);
            if (c < 0) {
                break;
            }
            count++;
            if (c == '\n') {
                decPos++;
                sb.append('\n');
                if (newline == null || !newline.equals("\r") && !newline.equals("\r\n")) {
                    break;
                }
                continue;
            }
            if (c == '\r') {
                if (newline == null) {
                    decPos += peek(1) == '\n' ? 2 : 1;
                    sb.append('\n');
                    break;
                }
                if (newline.isEmpty() || newline.equals("\r\n")) {
                    if (peek(1) == '\n') {
                        decPos += 2;
                        sb.append("\r\n");
                        break;
                    }
                    decPos++;
                    sb.append('\r');
                    if (newline.isEmpty()) {
                        break;
                    }
                    continue;
                }
                decPos++;
                sb.append('\r');
                if (newline.equals("\r")) {
                    break;
                }
                continue;
            }
            decPos++;
            sb.append((char) c);
            if (Character.isHighSurrogate((char) c) && peek(0) >= 0 && Character.isLowSurrogate((char) peek(0))) {
                sb.append((char) peek(0));
                decPos++;
            }
        }
        return sb.toString();
    }

    // ---- positioning ----

    public long tell() {
        checkOpen();
        if (!buffer.seekable()) {
            throw unsupported("underlying stream is not seekable");
        }
        buffer.flush();
        if (dec.length() == 0) {
            return buffer.tell() - decoder.pendingBytes();
        }
        return decStartByte + encodedLength(dec.substring(0, decPos));
    }

    public long seek(long cookie, int whence) {
        checkOpen();
        if (!buffer.seekable()) {
            throw unsupported("underlying stream is not seekable");
        }
        switch (whence) {
            case 0:
                if (cookie < 0) {
                    throw PyErrors.valueError("negative seek position %d", cookie);
                }
                buffer.flush();
                buffer.seek(cookie, 0);
                resetDecoder();
                decStartByte = cookie;
                return cookie;
            case 1:
                if (cookie != 0) {
                    throw unsupported("can't do nonzero cur-relative seeks");
                }
                return tell();
            case 2: {
                if (cookie != 0) {
                    throw unsupported("can't do nonzero end-relative seeks");
                }
                buffer.flush();
                long end = buffer.seek(0, 2);
                resetDecoder();
                decStartByte = end;
                return end;
            }
            default:
                throw PyErrors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
    }

    public long truncate(PyObject pos) {
        checkOpen();
        buffer.flush();
        long p = pos == null ? tell() : org.ramjet.objects.Ints.asLong(pos);
        return buffer.truncate(p);
    }

    @Override
    public void close() {
        checkAttached();
        if (buffer.isClosed()) {
            return;
        }
        try {
            buffer.flush();
        } finally {
            buffer.close();
        }
    }

    public PyObject detach() {
        checkAttached();
        buffer.flush();
        BinaryBuffer b = buffer;
        buffer = null;
        return b.pyObject();
    }

    /** {@code reconfigure(...)}: null leaves a setting as it is. */
    public void reconfigure(String enc, String err, String nl, boolean changeNewline, Boolean lb, Boolean wt) {
        checkOpen();
        buffer.flush();
        String e = enc != null ? enc : encoding;
        String r = err != null ? err : enc != null ? "strict" : errors;
        configure(e, r, changeNewline ? nl : newline);
        if (lb != null) {
            lineBuffering = lb;
        }
        if (wt != null) {
            writeThrough = wt;
        }
    }

    public String repr() {
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
        PyObject name = buffer == null ? null : buffer.name();
        if (name != null) {
            sb.append(" name=").append(org.ramjet.objects.Repr.reprString(name));
        }
        if (mode != null) {
            sb.append(" mode=").append(org.ramjet.objects.Repr.reprString(mode));
        }
        return sb.append(" encoding='").append(encoding).append("'>").toString();
    }
}
