package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.bytecode.CompareOp;

/**
 * Definer of {@code str}: slots and the core methods. Indexes are code point indexes
 * ({@link PyStr#offsetOf}); method {@code self} is always the exact {@link PyStr} (subclass
 * instances are unwrapped by the descriptor). More methods follow the same pattern: one line in
 * {@link #methods} and a static helper.
 */
public final class StrType {
    private StrType() {}

    public static final PyType TYPE = new TypeSpec("str", PyStr.class)
            .flags(TypeFlags.UNICODE_SUBCLASS)
            .valueType()
            .slots(StrType::slots)
            .methods(StrType::methods)
            .build();

    private static void slots(PyType t) {
        t.repr = self -> PyStr.of(repr(((PyStr) self).value));
        t.str = self -> self;
        t.hash = self -> ((PyStr) self).hash();
        t.richcompare = StrType::compare;
        t.len = self -> ((PyStr) self).length();
        t.contains = (self, item) -> ((PyStr) self).value.contains(argStr(item, "'in <string>' requires string as left operand, not %s"));
        t.getitem = StrType::getItem;
        t.iter = self -> new SeqIterators.StrIterator((PyStr) self);
        t.binary[ADD.ordinal()] = (self, o) -> Strs.isStr(o)
                ? concat((PyStr) self, Strs.asPyStr(o)) : PyNotImplemented.NOT_IMPLEMENTED;
        t.sqConcat = (self, o) -> {
            throw PyErrors.typeError("can only concatenate str (not \"%s\") to str", o.type().getName());
        };
        t.sqRepeat = (self, n) -> repeat((PyStr) self, ListType.checkedCount(n));
        t.binary[MULTIPLY.ordinal()] = (self, n) -> repeat((PyStr) self, n);
        t.rbinary[MULTIPLY.ordinal()] = (self, n) -> repeat((PyStr) self, n);
        t.binary[REMAINDER.ordinal()] = (self, args) -> Formatting.percent((PyStr) self, args);
        // CPython's str has __rmod__ (the nb_remainder slot) that never applies: 1 % 'a' stays a TypeError
        t.rbinary[REMAINDER.ordinal()] = (self, other) -> PyNotImplemented.NOT_IMPLEMENTED;
        t.new_ = StrType::newStr;
    }

    private static String argStr(PyObject o, String message) {
        if (!Strs.isStr(o)) {
            throw PyErrors.typeError(message, o.type().getName());
        }
        return Strs.value(o);
    }

    static PyObject concat(PyStr a, PyStr b) {
        if (a.value.isEmpty()) {
            return b;
        }
        if (b.value.isEmpty()) {
            return a;
        }
        return PyStr.of(a.value.concat(b.value));
    }

    static PyObject repeat(PyStr s, PyObject n) {
        if (!Ints.isInt(n) && n.type().index == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long count = Sequences.repeatCount(n);
        if (count <= 0 || s.value.isEmpty()) {
            return PyStr.EMPTY;
        }
        if (count * s.value.length() > Integer.MAX_VALUE - 8) {
            throw PyErrors.memoryError();
        }
        return PyStr.of(s.value.repeat((int) count));
    }

    static PyObject compare(PyObject self, PyObject other, CompareOp op) {
        if (!Strs.isStr(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        String a = ((PyStr) self).value, b = Strs.value(other);
        if (op == CompareOp.EQ) {
            return PyBool.of(a.equals(b));
        }
        if (op == CompareOp.NE) {
            return PyBool.of(!a.equals(b));
        }
        return PyBool.of(Comparisons.test(Strs.compare(a, b), op));
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyStr s = (PyStr) self;
        if (key instanceof PySlice) {
            int n = s.length();
            long[] r = ((PySlice) key).indices(n);
            int start = (int) r[0], stop = (int) r[1], step = (int) r[2], len = (int) r[3];
            if (step == 1) {
                return len <= 0 ? PyStr.EMPTY : PyStr.of(s.substring(start, start + len));
            }
            StringBuilder sb = new StringBuilder(len);
            for (int i = 0, j = start; i < len; i++, j += step) {
                sb.appendCodePoint(s.codePointAt(j));
            }
            return PyStr.of(sb.toString());
        }
        long i = Sequences.index(key, "string");
        int n = s.length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErrors.indexError("string index out of range");
        }
        return PyStr.of(new String(Character.toChars(s.codePointAt((int) i))));
    }

    private static PyObject newStr(PyType type, PyObject[] args, int off, int npos, String[] kw) {
        PyObject[] b = Signature.parse("(object='', encoding='utf-8', errors='strict')")
                .bind("str", "str", args, off, npos, kw);
        PyObject v;
        if (b[0] == null) {
            v = PyStr.EMPTY;
        } else if (b[1] == null && b[2] == null) {
            v = Repr.str(b[0]);
        } else {
            v = Bytes.decode(b[0], b[1], b[2]);
        }
        return type == TYPE ? v : new PyValueInstance(type, v);
    }

    // ---- repr ----

    /** Python's {@code repr(str)}: quotes chosen as CPython does, non-printables escaped. */
    public static String repr(String s) {
        return org.ramjet.objects.format.StringRepr.repr(s);
    }

    /** {@code str.isprintable()} for one code point (CPython 3.11's Unicode tables). */
    public static boolean isPrintable(int cp) {
        return org.ramjet.objects.format.UnicodeChars.isPrintable(cp);
    }

    /** {@code str.isspace()} for one code point. */
    public static boolean isSpace(int cp) {
        return org.ramjet.objects.format.UnicodeChars.isSpace(cp);
    }

    /** {@code s.strip()} with Python's whitespace. */
    public static String stripWhitespace(String s) {
        int start = 0, end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    // ---- methods ----

    private static void methods(MethodTable m) {
        m.method("join", "($self, iterable, /)", StrType::join);
        m.method("split", "($self, /, sep=None, maxsplit=-1)", (PyStr self, PyObject sep, PyObject max) ->
                split(self, sep, max, false));
        m.method("rsplit", "($self, /, sep=None, maxsplit=-1)", (PyStr self, PyObject sep, PyObject max) ->
                split(self, sep, max, true));
        m.method("strip", "($self, chars=None, /)", (PyStr self, PyObject chars) -> strip(self, chars, true, true));
        m.method("lstrip", "($self, chars=None, /)", (PyStr self, PyObject chars) -> strip(self, chars, true, false));
        m.method("rstrip", "($self, chars=None, /)", (PyStr self, PyObject chars) -> strip(self, chars, false, true));
        m.method("startswith", "($self, prefix, start=None, end=None, /)",
                (PyStr self, PyObject p, PyObject s, PyObject e) -> affix(self, p, s, e, true));
        m.method("endswith", "($self, suffix, start=None, end=None, /)",
                (PyStr self, PyObject p, PyObject s, PyObject e) -> affix(self, p, s, e, false));
        m.method("find", "($self, sub, start=None, end=None, /)",
                (PyStr self, PyObject sub, PyObject s, PyObject e) -> PyInt.of(find(self, sub, s, e, false)));
        m.method("rfind", "($self, sub, start=None, end=None, /)",
                (PyStr self, PyObject sub, PyObject s, PyObject e) -> PyInt.of(find(self, sub, s, e, true)));
        m.method("index", "($self, sub, start=None, end=None, /)",
                (PyStr self, PyObject sub, PyObject s, PyObject e) -> index(self, sub, s, e, false));
        m.method("rindex", "($self, sub, start=None, end=None, /)",
                (PyStr self, PyObject sub, PyObject s, PyObject e) -> index(self, sub, s, e, true));
        m.method("count", "($self, sub, start=None, end=None, /)", StrType::count);
        m.method("replace", "($self, old, new, count=-1, /)", StrType::replace);
        m.method("upper", "($self, /)", (PyStr self) -> PyStr.of(self.value.toUpperCase(java.util.Locale.ROOT)));
        m.method("lower", "($self, /)", (PyStr self) -> PyStr.of(self.value.toLowerCase(java.util.Locale.ROOT)));
        m.method("isdecimal", "($self, /)", (PyStr self) -> all(self, cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER));
        m.method("isalpha", "($self, /)", (PyStr self) -> all(self, Character::isLetter));
        m.method("isspace", "($self, /)", (PyStr self) -> all(self, StrType::isSpace));
        m.method("isprintable", "($self, /)", (PyStr self) -> PyBool.of(self.value.codePoints().allMatch(StrType::isPrintable)));
        m.method("isascii", "($self, /)", (PyStr self) -> PyBool.of(self.value.chars().allMatch(c -> c < 128)));
        m.method("__getnewargs__", "($self, /)", (PyStr self) -> PyTuple.of(PyStr.of(self.value)));
        m.methodKeepSelf("__format__", "($self, format_spec, /)", (self, spec) ->
                Formatting.formatStr(self, Strs.value(spec)));
        m.methodRaw("format", "($self, /, *args, **kwargs)", (PyStr self, PyObject[] a, int off, int npos, String[] kw) ->
                Formatting.strFormat(self.value, Calls.argsTuple(a, off, npos).toArray(),
                        kw == null || kw.length == 0 ? null : Calls.kwargsDict(a, off, npos, kw)));
        m.method("format_map", "($self, mapping, /)", (PyStr self, PyObject mapping) ->
                Formatting.strFormatMap(self.value, mapping));
        StrMethods.define(m);
    }

    private static PyObject all(PyStr s, java.util.function.IntPredicate p) {
        return PyBool.of(!s.value.isEmpty() && s.value.codePoints().allMatch(p));
    }

    static PyObject join(PyStr self, PyObject iterable) {
        PyObject[] items = Iteration.toArray(iterable);
        if (items.length == 1 && items[0] instanceof PyStr) {
            return items[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            PyObject it = items[i];
            if (!Strs.isStr(it)) {
                throw PyErrors.typeError("sequence item %d: expected str instance, %s found", i, it.type().getName());
            }
            if (i > 0) {
                sb.append(self.value);
            }
            sb.append(Strs.value(it));
        }
        return PyStr.of(sb.toString());
    }

    private static PyObject split(PyStr self, PyObject sepObj, PyObject maxObj, boolean right) {
        long max = maxObj == null ? -1 : Ints.asLong(Numbers.index(maxObj));
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        String s = self.value;
        List<PyObject> out = new ArrayList<>();
        if (sepObj == null || sepObj == PyNone.NONE) {
            splitWhitespace(s, max, right, out);
        } else {
            if (!Strs.isStr(sepObj)) {
                throw PyErrors.typeError("must be str or None, not %s", sepObj.type().getName());
            }
            String sep = Strs.value(sepObj);
            if (sep.isEmpty()) {
                throw PyErrors.valueError("empty separator");
            }
            if (!right) {
                int start = 0;
                int idx;
                while (max-- > 0 && (idx = s.indexOf(sep, start)) >= 0) {
                    out.add(PyStr.of(s.substring(start, idx)));
                    start = idx + sep.length();
                }
                out.add(PyStr.of(s.substring(start)));
            } else {
                int end = s.length();
                int idx;
                while (max-- > 0 && end >= 0 && (idx = s.lastIndexOf(sep, end - sep.length())) >= 0) {
                    out.add(0, PyStr.of(s.substring(idx + sep.length(), end)));
                    end = idx;
                }
                out.add(0, PyStr.of(s.substring(0, end)));
            }
        }
        return new PyList(out.toArray(new PyObject[0]));
    }

    private static void splitWhitespace(String s, long max, boolean right, List<PyObject> out) {
        if (!right) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && isSpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                if (i >= n) {
                    return;
                }
                if (max-- <= 0) {
                    out.add(PyStr.of(s.substring(i)));
                    return;
                }
                int j = i;
                while (j < n && !isSpace(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                out.add(PyStr.of(s.substring(i, j)));
                i = j;
            }
        }
        int j = s.length();
        while (true) {
            while (j > 0 && isSpace(s.codePointBefore(j))) {
                j -= Character.charCount(s.codePointBefore(j));
            }
            if (j <= 0) {
                return;
            }
            if (max-- <= 0) {
                out.add(0, PyStr.of(s.substring(0, j)));
                return;
            }
            int i = j;
            while (i > 0 && !isSpace(s.codePointBefore(i))) {
                i -= Character.charCount(s.codePointBefore(i));
            }
            out.add(0, PyStr.of(s.substring(i, j)));
            j = i;
        }
    }


    private static PyObject strip(PyStr self, PyObject chars, boolean left, boolean right) {
        String s = self.value;
        int start = 0, end = s.length();
        if (chars == null || chars == PyNone.NONE) {
            while (left && start < end && isSpace(s.codePointAt(start))) {
                start += Character.charCount(s.codePointAt(start));
            }
            while (right && end > start && isSpace(s.codePointBefore(end))) {
                end -= Character.charCount(s.codePointBefore(end));
            }
        } else {
            if (!Strs.isStr(chars)) {
                throw PyErrors.typeError("%s arg must be None or str", left && right ? "strip" : left ? "lstrip" : "rstrip");
            }
            String cs = Strs.value(chars);
            while (left && start < end && cs.indexOf(s.codePointAt(start)) >= 0) {
                start += Character.charCount(s.codePointAt(start));
            }
            while (right && end > start && cs.indexOf(s.codePointBefore(end)) >= 0) {
                end -= Character.charCount(s.codePointBefore(end));
            }
        }
        return start == 0 && end == s.length() ? self : PyStr.of(s.substring(start, end));
    }

    /**
     * Optional start/end arguments as slice indices: end is clamped to the length, start only
     * from below, so callers can tell an empty string searched past its end (no match).
     */
    private static int[] bounds(PyStr self, PyObject start, PyObject end) {
        int n = self.length();
        long s = start == null || start == PyNone.NONE ? 0 : Sequences.sliceIndex(start);
        long e = end == null || end == PyNone.NONE ? n : Sequences.sliceIndex(end);
        if (s < 0) {
            s = Math.max(0, s + n);
        }
        if (e < 0) {
            e = Math.max(0, e + n);
        }
        return new int[] {(int) Math.min(s, n + 1L), (int) Math.min(e, n)};
    }

    private static PyObject affix(PyStr self, PyObject fix, PyObject start, PyObject end, boolean prefix) {
        int[] b = bounds(self, start, end);
        if (b[0] > b[1] || b[0] > self.length()) {
            return PyBool.FALSE;
        }
        String s = self.substring(b[0], b[1]);
        if (fix instanceof PyTuple) {
            for (PyObject f : ((PyTuple) fix).items) {
                if (!Strs.isStr(f)) {
                    throw PyErrors.typeError("tuple for %s must only contain str, not %s",
                            prefix ? "startswith" : "endswith", f.type().getName());
                }
                if (prefix ? s.startsWith(Strs.value(f)) : s.endsWith(Strs.value(f))) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!Strs.isStr(fix)) {
            throw PyErrors.typeError("%s first arg must be str or a tuple of str, not %s",
                    prefix ? "startswith" : "endswith", fix.type().getName());
        }
        String f = Strs.value(fix);
        return PyBool.of(prefix ? s.startsWith(f) : s.endsWith(f));
    }

    private static long find(PyStr self, PyObject subObj, PyObject start, PyObject end, boolean reverse) {
        if (!Strs.isStr(subObj)) {
            throw PyErrors.typeError("must be str, not %s", subObj.type().getName());
        }
        String sub = Strs.value(subObj);
        int[] b = bounds(self, start, end);
        if (b[1] - b[0] < 0) {
            return -1;
        }
        int so = self.offsetOf(b[0]), eo = self.offsetOf(b[1]);
        String s = self.value;
        int idx;
        if (reverse) {
            idx = s.lastIndexOf(sub, eo - sub.length());
            if (idx < so) {
                idx = -1;
            }
        } else {
            idx = s.indexOf(sub, so);
            if (idx >= 0 && idx + sub.length() > eo) {
                idx = -1;
            }
        }
        if (idx < 0) {
            return -1;
        }
        return self.isBmp() ? idx : s.codePointCount(0, idx);
    }

    private static PyObject index(PyStr self, PyObject sub, PyObject start, PyObject end, boolean reverse) {
        long i = find(self, sub, start, end, reverse);
        if (i < 0) {
            throw PyErrors.valueError("substring not found");
        }
        return PyInt.of(i);
    }

    private static PyObject count(PyStr self, PyObject subObj, PyObject start, PyObject end) {
        if (!Strs.isStr(subObj)) {
            throw PyErrors.typeError("must be str, not %s", subObj.type().getName());
        }
        String sub = Strs.value(subObj);
        int[] b = bounds(self, start, end);
        if (b[1] < b[0]) {
            return PyInt.ZERO;
        }
        String s = self.substring(b[0], b[1]);
        if (sub.isEmpty()) {
            return PyInt.of(s.codePointCount(0, s.length()) + 1);
        }
        int c = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            c++;
        }
        return PyInt.of(c);
    }

    private static PyObject replace(PyStr self, PyObject oldObj, PyObject newObj, PyObject countObj) {
        if (!Strs.isStr(oldObj)) {
            throw PyErrors.typeError("replace() argument 1 must be str, not %s", oldObj.type().getName());
        }
        if (!Strs.isStr(newObj)) {
            throw PyErrors.typeError("replace() argument 2 must be str, not %s", newObj.type().getName());
        }
        long count = countObj == null ? -1 : Ints.asLong(Numbers.index(countObj));
        String s = self.value, old = Strs.value(oldObj), rep = Strs.value(newObj);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            long done = 0;
            while (i <= s.length()) {
                if (done < count) {
                    sb.append(rep);
                    done++;
                }
                if (i == s.length()) {
                    break;
                }
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return PyStr.of(sb.toString());
        }
        int start = 0, idx;
        long done = 0;
        while (done < count && (idx = s.indexOf(old, start)) >= 0) {
            sb.append(s, start, idx).append(rep);
            start = idx + old.length();
            done++;
        }
        if (done == 0) {
            return self;
        }
        sb.append(s, start, s.length());
        return PyStr.of(sb.toString());
    }
}
