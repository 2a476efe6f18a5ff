package org.ramjet.objects;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text codecs with Python's names, error handlers and exceptions: {@code str.encode},
 * {@code bytes.decode} and the text files of {@code io} use them. UTF-8, ASCII and Latin-1 are
 * coded here, because their error positions and reasons must be CPython's ("invalid start
 * byte", "unexpected end of data", "surrogates not allowed", "ordinal not in range(128)");
 * other encodings go through Java's charsets.
 *
 * <p>Error handlers: {@code strict}, {@code ignore}, {@code replace}, {@code backslashreplace},
 * {@code surrogateescape}, and for encoding also {@code xmlcharrefreplace} and
 * {@code surrogatepass} (UTF-8).
 */
public final class Codecs {
    private Codecs() {}

    /**
     * The canonical Python name of an encoding ("utf-8", "ascii", "latin-1", "utf-16-le", ...,
     * or the Java charset's name for others); LookupError "unknown encoding: x" if none.
     */
    public static String normalize(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (n) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8-ucs2": case "utf8-ucs4":
                return "utf-8";
            case "utf-8-sig": case "utf8-sig":
                return "utf-8-sig";
            case "ascii": case "us-ascii": case "646": case "us": case "ansi-x3.4-1968":
                return "ascii";
            case "latin-1": case "latin1": case "latin": case "l1": case "iso-8859-1": case "iso8859-1":
            case "8859": case "cp819": case "iso-ir-100": case "iso88591":
                return "latin-1";
            case "utf-16": case "utf16": case "u16":
                return "utf-16";
            case "utf-16-le": case "utf-16le": case "utf16le":
                return "utf-16-le";
            case "utf-16-be": case "utf-16be": case "utf16be":
                return "utf-16-be";
            case "utf-32": case "utf32": case "u32":
                return "utf-32";
            case "utf-32-le": case "utf-32le":
                return "utf-32-le";
            case "utf-32-be": case "utf-32be":
                return "utf-32-be";
            default:
                break;
        }
        try {
            Charset cs = Charset.forName(n.startsWith("cp") && !Charset.isSupported(n) ? "windows-" + n.substring(2) : n);
            String name = cs.name().toLowerCase(Locale.ROOT);
            if (name.startsWith("windows-")) {
                return "cp" + name.substring(8);
            }
            return name;
        } catch (IllegalArgumentException e) {
            throw PyErrors.lookupError("unknown encoding: %s", encoding);
        }
    }

    private static Charset javaCharset(String canonical) {
        switch (canonical) {
            case "utf-16": return StandardCharsets.UTF_16;
            case "utf-16-le": return StandardCharsets.UTF_16LE;
            case "utf-16-be": return StandardCharsets.UTF_16BE;
            case "utf-32": return Charset.forName("UTF-32");
            case "utf-32-le": return Charset.forName("UTF-32LE");
            case "utf-32-be": return Charset.forName("UTF-32BE");
            default:
                return Charset.forName(canonical.startsWith("cp") && !Charset.isSupported(canonical)
                        ? "windows-" + canonical.substring(2) : canonical);
        }
    }

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace": case "surrogateescape":
            case "xmlcharrefreplace": case "surrogatepass": case "namereplace":
                return;
            default:
                throw PyErrors.lookupError("unknown error handler name '%s'", errors);
        }
    }

    // ---- encoding ----

    /** {@code s.encode(encoding, errors)}. */
    public static byte[] encode(String s, String encoding, String errors) {
        String enc = normalize(encoding);
        checkHandler(errors);
        switch (enc) {
            case "utf-8":
                return encodeUtf8(s, errors, false);
            case "utf-8-sig":
                return encodeUtf8(s, errors, true);
            case "ascii":
                return encodeLimited(s, errors, 128, "ascii");
            case "latin-1":
                return encodeLimited(s, errors, 256, "latin-1");
            default:
                return encodeJava(s, enc, errors);
        }
    }

    private static PyException encodeError(String enc, String s, int start, int end, String reason) {
        PyUnicodeError u = new PyUnicodeError(PyExc.UnicodeEncodeError);
        PyObject[] a = {PyStr.of(enc), PyStr.of(s), PyInt.of(start), PyInt.of(end), PyStr.of(reason)};
        u.args = PyTuple.of(a.clone());
        u.initFields(a, 0, 5, null);
        return new PyException(u);
    }

    /** Appends the replacement for the unencodable code points [from, to) of {@code cps}. */
    private static void encodeReplacement(ByteArrayOutputStream out, int[] cps, int from, int to, String errors,
                                          String enc, String s, String reason) {
        switch (errors) {
            case "ignore":
                return;
            case "replace":
                for (int i = from; i < to; i++) {
                    out.write('?');
                }
                return;
            case "backslashreplace":
            case "namereplace":
                for (int i = from; i < to; i++) {
                    writeAscii(out, escape(cps[i]));
                }
                return;
            case "xmlcharrefreplace":
                for (int i = from; i < to; i++) {
                    writeAscii(out, "&#" + cps[i] + ";");
                }
                return;
            case "surrogateescape":
                for (int i = from; i < to; i++) {
                    if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                        throw encodeError(enc, s, from, to, reason);
                    }
                }
                for (int i = from; i < to; i++) {
                    out.write(cps[i] - 0xdc00);
                }
                return;
            default:
                throw encodeError(enc, s, from, to, reason);
        }
    }

    private static String escape(int cp) {
        if (cp <= 0xff) {
            return String.format("\\x%02x", cp);
        }
        if (cp <= 0xffff) {
            return String.format("\\u%04x", cp);
        }
        return String.format("\\U%08x", cp);
    }

    private static void writeAscii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.write(s.charAt(i));
        }
    }

    private static boolean isSurrogate(int cp) {
        return cp >= 0xd800 && cp <= 0xdfff;
    }

    private static byte[] encodeUtf8(String s, String errors, boolean bom) {
        int n = s.length();
        boolean simple = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                simple = false;
                break;
            }
        }
        if (simple && !bom) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 8);
        if (bom) {
            out.write(0xef);
            out.write(0xbb);
            out.write(0xbf);
        }
        for (int i = 0; i < cps.length; ) {
            int cp = cps[i];
            if (!isSurrogate(cp)) {
                writeUtf8(out, cp);
                i++;
                continue;
            }
            int end = i;
            while (end < cps.length && isSurrogate(cps[end])) {
                end++;
            }
            if (errors.equals("surrogatepass")) {
                for (int k = i; k < end; k++) {
                    writeUtf8(out, cps[k]);
                }
            } else {
                encodeReplacement(out, cps, i, end, errors, "utf-8", s, "surrogates not allowed");
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static void writeUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xc0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out.write(0xe0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3f));
            out.write(0x80 | (cp & 0x3f));
        } else {
            out.write(0xf0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3f));
            out.write(0x80 | ((cp >> 6) & 0x3f));
            out.write(0x80 | (cp & 0x3f));
        }
    }

    private static byte[] encodeLimited(String s, String errors, int limit, String enc) {
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        String reason = "ordinal not in range(" + limit + ")";
        for (int i = 0; i < cps.length; ) {
            if (cps[i] < limit) {
                out.write(cps[i]);
                i++;
                continue;
            }
            int end = i;
            while (end < cps.length && cps[end] >= limit) {
                end++;
            }
            encodeReplacement(out, cps, i, end, errors, enc, s, reason);
            i = end;
        }
        return out.toByteArray();
    }

    private static byte[] encodeJava(String s, String enc, String errors) {
        Charset cs = javaCharset(enc);
        CharsetEncoder e = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length * 2);
        if (enc.equals("utf-16")) {
            out.write(0xff);
            out.write(0xfe);
            cs = StandardCharsets.UTF_16LE;
            e = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        } else if (enc.equals("utf-32")) {
            out.write(0xff);
            out.write(0xfe);
            out.write(0);
            out.write(0);
            cs = Charset.forName("UTF-32LE");
            e = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        String reason = enc.startsWith("utf") ? "surrogates not allowed" : "character maps to <undefined>";
        for (int i = 0; i < cps.length; i++) {
            String ch = new String(Character.toChars(cps[i]));
            try {
                if (isSurrogate(cps[i])) {
                    throw new CharacterCodingException();
                }
                ByteBuffer bb = e.encode(CharBuffer.wrap(ch));
                out.write(bb.array(), bb.arrayOffset() + bb.position(), bb.remaining());
            } catch (CharacterCodingException x) {
                encodeReplacement(out, cps, i, i + 1, errors, enc, s, reason);
            }
        }
        return out.toByteArray();
    }

    // ---- decoding ----

    /** {@code bytes.decode(encoding, errors)} of {@code b[off, off+len)}. */
    public static String decode(byte[] b, int off, int len, String encoding, String errors) {
        Decoder d = new Decoder(encoding, errors);
        return d.decode(b, off, len, true);
    }

    static PyException decodeError(String enc, byte[] data, int start, int end, String reason) {
        PyUnicodeError u = new PyUnicodeError(PyExc.UnicodeDecodeError);
        PyObject[] a = {PyStr.of(enc), PyBytes.of(data), PyInt.of(start), PyInt.of(end), PyStr.of(reason)};
        u.args = PyTuple.of(a.clone());
        u.initFields(a, 0, 5, null);
        return new PyException(u);
    }

    /**
     * An incremental decoder: {@link #decode} with {@code last == false} keeps an incomplete
     * trailing sequence for the next call (text files decode chunk by chunk).
     */
    public static final class Decoder {
        public final String encoding;
        private final String errors;
        private byte[] pending = new byte[0];
        private boolean bomChecked;
        private final CharsetDecoder javaDecoder;

        public Decoder(String encoding, String errors) {
            this.encoding = normalize(encoding);
            this.errors = errors;
            checkHandler(errors);
            switch (this.encoding) {
                case "utf-8": case "utf-8-sig": case "ascii": case "latin-1":
                    this.javaDecoder = null;
                    break;
                default:
                    this.javaDecoder = javaCharset(this.encoding).newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT);
                    break;
            }
        }

        /** Bytes held back from the last call (an incomplete multibyte sequence). */
        public int pendingBytes() {
            return pending.length;
        }

        public void reset() {
            pending = new byte[0];
            bomChecked = false;
            if (javaDecoder != null) {
                javaDecoder.reset();
            }
        }

        public String decode(byte[] b, int off, int len, boolean last) {
            byte[] data;
            if (pending.length > 0) {
                data = new byte[pending.length + len];
                System.arraycopy(pending, 0, data, 0, pending.length);
                System.arraycopy(b, off, data, pending.length, len);
            } else if (off == 0 && len == b.length) {
                data = b;
            } else {
                data = Arrays.copyOfRange(b, off, off + len);
            }
            pending = new byte[0];
            int start = 0;
            if (encoding.equals("utf-8-sig") && !bomChecked) {
                if (data.length < 3 && !last && isBomPrefix(data)) {
                    pending = data;
                    return "";
                }
                bomChecked = true;
                if (data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf) {
                    start = 3;
                }
            }
            switch (encoding) {
                case "utf-8": case "utf-8-sig":
                    return decodeUtf8(data, start, last);
                case "ascii":
                    return decodeLimited(data, 128, "ascii");
                case "latin-1":
                    return new String(data, StandardCharsets.ISO_8859_1);
                default:
                    return decodeJava(data, last);
            }
        }

        private static boolean isBomPrefix(byte[] d) {
            int[] bom = {0xef, 0xbb, 0xbf};
            for (int i = 0; i < d.length; i++) {
                if ((d[i] & 0xff) != bom[i]) {
                    return false;
                }
            }
            return true;
        }

        private void replacement(StringBuilder sb, byte[] data, int from, int to, String reason) {
            switch (errors) {
                case "ignore":
                    return;
                case "replace":
                    sb.append('\ufffd');
                    return;
                case "backslashreplace":
                    for (int i = from; i < to; i++) {
                        sb.append(String.format("\\x%02x", data[i] & 0xff));
                    }
                    return;
                case "surrogateescape":
                    for (int i = from; i < to; i++) {
                        int v = data[i] & 0xff;
                        if (v < 128) {
                            throw decodeError(encoding, data, from, to, reason);
                        }
                        sb.append((char) (0xdc00 + v));
                    }
                    return;
                default:
                    throw decodeError(encoding, data, from, to, reason);
            }
        }

        private String decodeLimited(byte[] data, int limit, String enc) {
            StringBuilder sb = new StringBuilder(data.length);
            for (int i = 0; i < data.length; i++) {
                int v = data[i] & 0xff;
                if (v < limit) {
                    sb.append((char) v);
                } else {
                    replacement(sb, data, i, i + 1, "ordinal not in range(128)");
                }
            }
            return sb.toString();
        }

        private String decodeUtf8(byte[] d, int i, boolean last) {
            int n = d.length;
            StringBuilder sb = new StringBuilder(n);
            while (i < n) {
                int b0 = d[i] & 0xff;
                if (b0 < 0x80) {
                    sb.append((char) b0);
                    i++;
                    continue;
                }
                int need;
                int lo = 0x80, hi = 0xbf;
                if (b0 >= 0xc2 && b0 <= 0xdf) {
                    need = 1;
                } else if (b0 >= 0xe0 && b0 <= 0xef) {
                    need = 2;
                    if (b0 == 0xe0) {
                        lo = 0xa0;
                    } else if (b0 == 0xed) {
                        hi = 0x9f;
                    }
                } else if (b0 >= 0xf0 && b0 <= 0xf4) {
                    need = 3;
                    if (b0 == 0xf0) {
                        lo = 0x90;
                    } else if (b0 == 0xf4) {
                        hi = 0x8f;
                    }
                } else {
                    replacement(sb, d, i, i + 1, "invalid start byte");
                    i++;
                    continue;
                }
                int cp = b0 & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
                int k = 1;
                boolean bad = false;
                for (; k <= need; k++) {
                    if (i + k >= n) {
                        break;
                    }
                    int bk = d[i + k] & 0xff;
                    int l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xbf;
                    if (bk < l || bk > h) {
                        bad = true;
                        break;
                    }
                    cp = (cp << 6) | (bk & 0x3f);
                }
                if (bad) {
                    replacement(sb, d, i, i + k, "invalid continuation byte");
                    i += k;
                    continue;
                }
                if (k <= need) {
                    // ran out of data in the middle of a valid sequence
                    if (!last) {
                        pending = Arrays.copyOfRange(d, i, n);
                        return sb.toString();
                    }
                    replacement(sb, d, i, n, "unexpected end of data");
                    i = n;
                    continue;
                }
                sb.appendCodePoint(cp);
                i += need + 1;
            }
            return sb.toString();
        }

        private String decodeJava(byte[] data, boolean last) {
            ByteBuffer in = ByteBuffer.wrap(data);
            CharBuffer out = CharBuffer.allocate(data.length * 2 + 4);
            StringBuilder sb = new StringBuilder();
            while (true) {
                CoderResult r = javaDecoder.decode(in, out, last);
                if (r.isOverflow()) {
                    out.flip();
                    sb.append(out);
                    out.clear();
                    continue;
                }
                if (r.isUnderflow()) {
                    if (last) {
                        javaDecoder.flush(out);
                        javaDecoder.reset();
                    }
                    break;
                }
                out.flip();
                sb.append(out);
                out.clear();
                int pos = in.position();
                replacement(sb, data, pos, pos + r.length(),
                        encoding.startsWith("utf") ? "illegal encoding" : "character maps to <undefined>");
                in.position(pos + r.length());
            }
            out.flip();
            sb.append(out);
            if (in.hasRemaining()) {
                pending = Arrays.copyOfRange(data, in.position(), data.length);
            }
            return sb.toString();
        }
    }
}
