package org.ramjet.objects;

/**
 * {@code format(value, spec)} entry points of the number and string types, and {@code str % args}.
 * The complete format-spec mini-language lives in the numfmt library
 * ({@code org.ramjet.objects.format}); until that is merged only the empty spec and the basic
 * {@code %s %r %a %d %i %%} conversions are handled here, and anything else raises a
 * NotImplementedError naming the missing feature.
 */
public final class Formatting {
    private Formatting() {}

    /** {@code format(obj, spec)}: calls {@code type(obj).__format__(obj, spec)}. */
    public static PyObject format(PyObject obj, String spec) {
        if (spec.isEmpty() && obj instanceof PyStr) {
            return obj;
        }
        PyObject r = Calls.callMethod(obj, "__format__", PyStr.of(spec));
        if (!Strs.isStr(r)) {
            throw PyErrors.typeError("__format__ must return a str, not %s", r.type().getName());
        }
        return r;
    }

    static PyObject formatInt(PyObject self, String spec) {
        if (spec.isEmpty()) {
            return Repr.str(self);
        }
        throw PyErrors.notImplementedError("format spec '%s' for int is not implemented yet (numfmt)", spec);
    }

    static PyObject formatFloat(PyFloat self, String spec) {
        if (spec.isEmpty()) {
            return Repr.str(self);
        }
        throw PyErrors.notImplementedError("format spec '%s' for float is not implemented yet (numfmt)", spec);
    }

    static PyObject formatStr(PyStr self, String spec) {
        if (spec.isEmpty()) {
            return self;
        }
        throw PyErrors.notImplementedError("format spec '%s' for str is not implemented yet (numfmt)", spec);
    }

    /** {@code fmt % args} for the conversions {@code %s %r %a %d %i %%}. */
    static PyObject percent(PyStr fmt, PyObject args) {
        PyObject[] values;
        boolean tuple = args instanceof PyTuple;
        values = tuple ? ((PyTuple) args).items : new PyObject[] {args};
        PyObject mapping = !tuple && args.type().getitem != null && !Strs.isStr(args) ? args : null;
        String s = fmt.value;
        StringBuilder sb = new StringBuilder();
        int vi = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (++i >= s.length()) {
                throw PyErrors.valueError("incomplete format");
            }
            PyObject value = null;
            if (s.charAt(i) == '(' && mapping != null) {
                int close = s.indexOf(')', i);
                if (close < 0) {
                    throw PyErrors.valueError("incomplete format key");
                }
                value = Abstract.getItem(mapping, PyStr.of(s.substring(i + 1, close)));
                i = close + 1;
            }
            char conv = s.charAt(i);
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            if (value == null) {
                if (vi >= values.length) {
                    throw PyErrors.typeError("not enough arguments for format string");
                }
                value = values[vi++];
            }
            switch (conv) {
                case 's': sb.append(Repr.strString(value)); break;
                case 'r': sb.append(Repr.reprString(value)); break;
                case 'a': sb.append(Repr.ascii(value)); break;
                case 'd':
                case 'i':
                case 'u':
                    if (!Ints.isInt(value) && !Floats.isFloat(value) && value.type().index == null
                            && value.type().int_ == null) {
                        throw PyErrors.typeError("%%%c format: a real number is required, not %s", conv,
                                value.type().getName());
                    }
                    sb.append(Ints.toDecimal(Numbers.toInt(value)));
                    break;
                default:
                    throw PyErrors.notImplementedError("%%-format conversion '%c' is not implemented yet (numfmt)", conv);
            }
        }
        if (mapping == null && vi < values.length) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return PyStr.of(sb.toString());
    }
}
