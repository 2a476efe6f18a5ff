package org.ramjet.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code str} methods beyond {@link StrType}'s core: case mapping, padding, partitioning,
 * line splitting, translation, character classes and encoding. Every method works on code
 * points (also past the BMP) with Java's Unicode tables standing in for CPython's; case
 * mappings use Java's full (multi-character) mappings, as CPython does.
 */
final class StrMethods {
    private StrMethods() {}

    /** The ideographs Unicode gives a numeric value (Unihan), which Java's tables lack. */
    private static final String HAN_NUMERALS = "\u3405\u3483\u382A\u3B4D\u4E00\u4E03\u4E07\u4E09\u4E5D\u4E8C\u4E94\u4E96\u4EBF\u4EC0\u4EDF\u4EE8"
            + "\u4F0D\u4F70\u5104\u5146\u5169\u516B\u516D\u5341\u5343\u5344\u5345\u534C\u53C1\u53C2\u53C3\u53C4"
            + "\u56DB\u58F1\u58F9\u5E7A\u5EFE\u5EFF\u5F0C\u5F0D\u5F0E\u5F10\u62FE\u634C\u67D2\u6F06\u7396\u767E"
            + "\u8086\u842C\u8CAE\u8CB3\u8D30\u9621\u9646\u964C\u9678\u96F6\uF96B\uF973\uF978\uF9B2\uF9D1\uF9D3"
            + "\uF9FD\uD840\uDC01\uD840\uDC64\uD840\uDCE2\uD840\uDD21\uD842\uDD2A\uD842\uDD83\uD842\uDD8C\uD842"
            + "\uDD9C\uD842\uDEEA\uD842\uDEFD\uD842\uDF19\uD848\uDF90\uD84A\uDD98\uD84E\uDF1B\uD858\uDE6D\uD87E"
            + "\uDC90";

    static void define(MethodTable m) {
        m.method("capitalize", "($self, /)", (PyStr self) -> PyStr.of(capitalize(self.value)));
        m.method("title", "($self, /)", (PyStr self) -> PyStr.of(title(self.value)));
        m.method("swapcase", "($self, /)", (PyStr self) -> PyStr.of(swapcase(self.value)));
        m.method("casefold", "($self, /)", (PyStr self) -> PyStr.of(casefold(self.value)));
        m.method("center", "($self, width, fillchar=' ', /)", (PyStr self, PyObject w, PyObject f) -> pad(self, w, f, 0));
        m.method("ljust", "($self, width, fillchar=' ', /)", (PyStr self, PyObject w, PyObject f) -> pad(self, w, f, -1));
        m.method("rjust", "($self, width, fillchar=' ', /)", (PyStr self, PyObject w, PyObject f) -> pad(self, w, f, 1));
        m.method("zfill", "($self, width, /)", StrMethods::zfill);
        m.method("expandtabs", "($self, /, tabsize=8)", StrMethods::expandtabs);
        m.method("partition", "($self, sep, /)", (PyStr self, PyObject sep) -> partition(self, sep, false));
        m.method("rpartition", "($self, sep, /)", (PyStr self, PyObject sep) -> partition(self, sep, true));
        m.method("splitlines", "($self, /, keepends=False)", StrMethods::splitlines);
        m.method("removeprefix", "($self, prefix, /)", (PyStr self, PyObject p) -> remove(self, p, true));
        m.method("removesuffix", "($self, suffix, /)", (PyStr self, PyObject p) -> remove(self, p, false));
        m.method("translate", "($self, table, /)", StrMethods::translate);
        m.staticMethodRaw("maketrans", "(x, y=<unrepresentable>, z=<unrepresentable>, /)", StrMethods::maketrans);
        m.method("encode", "($self, /, encoding='utf-8', errors='strict')", StrMethods::encode);
        m.method("isupper", "($self, /)", (PyStr self) -> PyBool.of(caseCheck(self.value, true)));
        m.method("islower", "($self, /)", (PyStr self) -> PyBool.of(caseCheck(self.value, false)));
        m.method("istitle", "($self, /)", (PyStr self) -> PyBool.of(isTitle(self.value)));
        m.method("isidentifier", "($self, /)", (PyStr self) -> PyBool.of(isIdentifier(self.value)));
        m.method("isdigit", "($self, /)", (PyStr self) -> all(self, StrMethods::isDigit));
        m.method("isnumeric", "($self, /)", (PyStr self) -> all(self, StrMethods::isNumeric));
        m.method("isalnum", "($self, /)", (PyStr self) -> all(self, cp -> Character.isLetter(cp) || isNumeric(cp)));
    }

    private static PyObject all(PyStr s, java.util.function.IntPredicate p) {
        return PyBool.of(!s.value.isEmpty() && s.value.codePoints().allMatch(p));
    }

    // ---- character classes ----

    /** Numeric_Type Digit or Decimal: decimal digits plus superscripts, circled digits, ... */
    static boolean isDigit(int cp) {
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        if (Character.getType(cp) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(cp);
        return v >= 0 && v <= 9;
    }

    /** Any Numeric_Type: digits, fractions, Roman numerals, CJK numerals. */
    static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) {
            return true;
        }
        return t == Character.OTHER_LETTER && HAN_NUMERALS.indexOf(cp) >= 0;
    }

    static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean caseCheck(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isTitleCase(cp) || (upper ? Character.isLowerCase(cp) : Character.isUpperCase(cp))) {
                return false;
            }
            cased |= upper ? Character.isUpperCase(cp) : Character.isLowerCase(cp);
        }
        return cased;
    }

    private static boolean isTitle(String s) {
        boolean cased = false, previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
        }
        return true;
    }

    // ---- case mapping ----

    private static String cp(int cp) {
        return new String(Character.toChars(cp));
    }

    /** Full title-case mapping of one code point ("ß" -> "Ss", "ǆ" -> "ǅ"). */
    static String titleOf(int cp) {
        int t = Character.toTitleCase(cp);
        if (t != cp) {
            return cp(t);
        }
        String up = cp(cp).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) <= 1) {
            return up;
        }
        int first = up.codePointAt(0);
        return cp(first) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return titleOf(first) + s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            sb.append(previousCased ? lowerOne(s, i - Character.charCount(cp), cp) : titleOf(cp));
            previousCased = isCased(cp);
        }
        return sb.toString();
    }

    /** Lower-cases one code point in context (capital sigma becomes final sigma at a word's end). */
    private static String lowerOne(String s, int at, int cp) {
        if (cp == 0x3A3) {
            return precededByCased(s, at) && endsWord(s, at + 1) ? "\u03C2" : "\u03C3";
        }
        return cp(cp).toLowerCase(Locale.ROOT);
    }

    private static boolean isCaseIgnorable(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || cp == '\'' || cp == '.' || cp == ':' || cp == 0x2019 || cp == 0xB7;
    }

    private static boolean precededByCased(String s, int at) {
        for (int i = at; i > 0; ) {
            int cp = s.codePointBefore(i);
            i -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return isCased(cp);
            }
        }
        return false;
    }

    /** No cased letter follows (skipping case-ignorable ones): the sigma ends a word. */
    private static boolean endsWord(String s, int from) {
        for (int i = from; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp)) {
                sb.append(lowerOne(s, at, cp));
            } else if (Character.isLowerCase(cp)) {
                sb.append(cp(cp).toUpperCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** Full case folding, approximated per code point as lower(upper(c)) ("ß" -> "ss", "ς" -> "σ"). */
    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else if (Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                sb.append(cp(cp).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    // ---- padding ----

    private static long width(PyObject w) {
        return Ints.asIndexSized(Numbers.index(w));
    }

    private static PyObject pad(PyStr self, PyObject w, PyObject fillObj, int align) {
        long width = width(w);
        String fill = " ";
        if (fillObj != null) {
            if (!Strs.isStr(fillObj)) {
                throw PyErrors.typeError("The fill character must be a unicode character, not %s", fillObj.type().getName());
            }
            fill = Strs.value(fillObj);
            if (fill.codePointCount(0, fill.length()) != 1) {
                throw PyErrors.typeError("The fill character must be exactly one character long");
            }
        }
        int n = self.length();
        if (width <= n) {
            return self;
        }
        long marg = width - n;
        long left;
        if (align < 0) {
            left = 0;
        } else if (align > 0) {
            left = marg;
        } else {
            left = marg / 2 + (marg & width & 1);
        }
        if (width > Integer.MAX_VALUE / 2) {
            throw PyErrors.memoryError();
        }
        return PyStr.of(fill.repeat((int) left) + self.value + fill.repeat((int) (marg - left)));
    }

    private static PyObject zfill(PyStr self, PyObject w) {
        long width = width(w);
        int n = self.length();
        if (width <= n) {
            return self;
        }
        String s = self.value;
        String zeros = "0".repeat((int) (width - n));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return PyStr.of(s.charAt(0) + zeros + s.substring(1));
        }
        return PyStr.of(zeros + s);
    }

    private static PyObject expandtabs(PyStr self, PyObject tabObj) {
        long tab = tabObj == null ? 8 : Ints.asInt(Numbers.index(tabObj));
        String s = self.value;
        StringBuilder sb = new StringBuilder(s.length());
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tab > 0) {
                    long spaces = tab - col % tab;
                    sb.append(" ".repeat((int) spaces));
                    col += spaces;
                }
            } else {
                sb.appendCodePoint(cp);
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        return PyStr.of(sb.toString());
    }

    // ---- partition, lines, affixes ----

    private static PyObject partition(PyStr self, PyObject sepObj, boolean right) {
        if (!Strs.isStr(sepObj)) {
            throw PyErrors.typeError("must be str, not %s", sepObj.type().getName());
        }
        String sep = Strs.value(sepObj), s = self.value;
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int idx = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (idx < 0) {
            return right ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self) : PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, idx)), Strs.asPyStr(sepObj), PyStr.of(s.substring(idx + sep.length())));
    }

    /** The line boundaries of {@code str.splitlines} (besides \r\n). */
    static boolean isLineBreak(int c) {
        switch (c) {
            case '\n': case '\r': case 0x0B: case 0x0C: case 0x1C: case 0x1D: case 0x1E:
            case 0x85: case 0x2028: case 0x2029:
                return true;
            default:
                return false;
        }
    }

    private static PyObject splitlines(PyStr self, PyObject keepObj) {
        boolean keep = keepObj != null && Ints.asLong(Numbers.index(keepObj)) != 0;
        String s = self.value;
        List<PyObject> out = new ArrayList<>();
        int start = 0, i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!isLineBreak(c)) {
                i++;
                continue;
            }
            int eol = i + (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1);
            out.add(PyStr.of(s.substring(start, keep ? eol : i)));
            start = i = eol;
        }
        if (start < n) {
            out.add(PyStr.of(s.substring(start)));
        }
        return new PyList(out.toArray(new PyObject[0]));
    }

    private static PyObject remove(PyStr self, PyObject fixObj, boolean prefix) {
        if (!Strs.isStr(fixObj)) {
            throw PyErrors.typeError("%s() argument must be str, not %s",
                    prefix ? "removeprefix" : "removesuffix", fixObj.type().getName());
        }
        String fix = Strs.value(fixObj), s = self.value;
        if (fix.isEmpty()) {
            return self;
        }
        if (prefix && s.startsWith(fix)) {
            return PyStr.of(s.substring(fix.length()));
        }
        if (!prefix && s.endsWith(fix)) {
            return PyStr.of(s.substring(0, s.length() - fix.length()));
        }
        return self;
    }

    // ---- translate, maketrans ----

    private static PyObject translate(PyStr self, PyObject table) {
        String s = self.value;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(cp));
            } catch (PyException e) {
                if (!e.matches(PyExc.LookupError)) {
                    throw e;
                }
                sb.appendCodePoint(cp);
                continue;
            }
            if (r == PyNone.NONE) {
                continue;
            }
            if (Ints.isInt(r)) {
                PyObject v = Ints.asIntObject(r);
                long c = v instanceof PyInt ? ((PyInt) v).value : -1;
                if (c < 0 || c > 0x10FFFF) {
                    throw PyErrors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) c);
            } else if (Strs.isStr(r)) {
                sb.append(Strs.value(r));
            } else {
                throw PyErrors.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(sb.toString());
    }

    private static PyObject maketrans(PyObject unusedSelf, PyObject[] args, int off, int npos, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErrors.typeError("maketrans() takes no keyword arguments");
        }
        if (npos < 1 || npos > 3) {
            throw PyErrors.typeError(npos < 1 ? "maketrans expected at least 1 argument, got 0"
                    : "maketrans expected at most 3 arguments, got " + npos);
        }
        PyDict out = new PyDict();
        PyObject x = args[off];
        if (npos == 1) {
            if (!(x instanceof PyDict)) {
                throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            PyDict d = (PyDict) x;
            for (int p = d.nextPosition(0); p >= 0; p = d.nextPosition(p + 1)) {
                PyObject k = d.keyAt(p);
                if (Strs.isStr(k)) {
                    String ks = Strs.value(k);
                    if (ks.codePointCount(0, ks.length()) != 1) {
                        throw PyErrors.valueError("string keys in translate table must be of length 1");
                    }
                    out.put(PyInt.of(ks.codePointAt(0)), d.valueAt(p));
                } else if (Ints.isInt(k)) {
                    out.put(k, d.valueAt(p));
                } else {
                    throw PyErrors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        for (int a = 0; a < npos; a++) {
            if (!Strs.isStr(args[off + a])) {
                throw PyErrors.typeError("maketrans() argument %d must be str, not %s", a + 1, args[off + a].type().getName());
            }
        }
        int[] from = Strs.value(x).codePoints().toArray();
        int[] to = Strs.value(args[off + 1]).codePoints().toArray();
        if (from.length != to.length) {
            throw PyErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < from.length; i++) {
            out.put(PyInt.of(from[i]), PyInt.of(to[i]));
        }
        if (npos == 3) {
            Strs.value(args[off + 2]).codePoints().forEach(c -> out.put(PyInt.of(c), PyNone.NONE));
        }
        return out;
    }

    // ---- encode ----

    private static PyObject encode(PyStr self, PyObject encObj, PyObject errObj) {
        String enc = "utf-8", errors = "strict";
        if (encObj != null) {
            if (!Strs.isStr(encObj)) {
                throw PyErrors.typeError("encode() argument 'encoding' must be str, not %s", encObj.type().getName());
            }
            enc = Strs.value(encObj);
        }
        if (errObj != null) {
            if (!Strs.isStr(errObj)) {
                throw PyErrors.typeError("encode() argument 'errors' must be str, not %s", errObj.type().getName());
            }
            errors = Strs.value(errObj);
        }
        return PyBytes.of(Codecs.encode(self.value, enc, errors));
    }
}
