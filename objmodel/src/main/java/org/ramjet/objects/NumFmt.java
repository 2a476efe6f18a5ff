package org.ramjet.objects;

import java.math.BigInteger;
import org.ramjet.objects.format.FormatError;
import org.ramjet.objects.format.FormatHost;

/**
 * The boundary to the value-level formatting library ({@link org.ramjet.objects.format}):
 * converts its {@link FormatError}s into Python exceptions and implements its
 * {@link FormatHost} over the object model.
 */
public final class NumFmt {
    private NumFmt() {}

    /** The Python exception for a formatting-library error. */
    public static PyException error(FormatError e) {
        switch (e.kind) {
            case VALUE_ERROR: return PyErrors.valueError("%s", e.getMessage());
            case TYPE_ERROR: return PyErrors.typeError("%s", e.getMessage());
            case OVERFLOW_ERROR: return PyErrors.overflowError("%s", e.getMessage());
            case ZERO_DIVISION_ERROR: return PyErrors.zeroDivisionError("%s", e.getMessage());
            case INDEX_ERROR: return PyErrors.indexError("%s", e.getMessage());
            case KEY_ERROR: return PyErrors.keyError(PyStr.of(e.key));
            default: return PyErrors.memoryError();
        }
    }

    /** A Java {@code Long}/{@code BigInteger} from the library as an int object. */
    public static PyObject toInt(Number n) {
        return n instanceof BigInteger ? PyInt.of((BigInteger) n) : PyInt.of(n.longValue());
    }

    static Number toNumber(PyObject intObj) {
        PyObject v = Ints.asIntObject(intObj);
        return v instanceof PyInt ? (Number) ((PyInt) v).value : ((PyBigInt) v).value;
    }

    /** The object model as seen by {@code %}-formatting and {@code str.format}. */
    public static final FormatHost HOST = new FormatHost() {
        @Override
        public String typeName(Object o) {
            return ((PyObject) o).type().getName();
        }

        @Override
        public String str(Object o) {
            return Repr.strString((PyObject) o);
        }

        @Override
        public String repr(Object o) {
            return Repr.reprString((PyObject) o);
        }

        @Override
        public String format(Object o, String spec) {
            return Strs.value(Formatting.format((PyObject) o, spec));
        }

        @Override
        public Object[] tupleItems(Object o) {
            if (o instanceof PyTuple) {
                return ((PyTuple) o).items;
            }
            if (o instanceof PyValueInstance && ((PyValueInstance) o).value instanceof PyTuple) {
                return ((PyTuple) ((PyValueInstance) o).value).items;
            }
            return null;
        }

        @Override
        public boolean isMapping(Object o) {
            return ((PyObject) o).type().getitem != null;
        }

        @Override
        public Object getItem(Object container, Object key) {
            PyObject k;
            if (key instanceof String) {
                k = PyStr.of((String) key);
            } else if (key instanceof byte[]) {
                k = PyBytes.of((byte[]) key);
            } else if (key instanceof Number) {
                k = NumFmt.toInt((Number) key);
            } else {
                k = (PyObject) key;
            }
            return Abstract.getItem((PyObject) container, k);
        }

        @Override
        public Object getAttr(Object o, String name) {
            return Attributes.getAttr((PyObject) o, name);
        }

        @Override
        public String strValue(Object o) {
            return Strs.isStr((PyObject) o) ? Strs.value((PyObject) o) : null;
        }

        @Override
        public byte[] bytesValue(Object o) {
            PyObject p = (PyObject) o;
            if (p instanceof PyBytes || p instanceof PyValueInstance && ((PyValueInstance) p).value instanceof PyBytes) {
                return Bytes.asBytes(p);
            }
            return null;
        }

        @Override
        public Number intValue(Object o) {
            return Ints.isInt((PyObject) o) ? toNumber((PyObject) o) : null;
        }

        @Override
        public Number toInt(Object o) {
            PyObject p = (PyObject) o;
            PyType t = p.type();
            if (!Ints.isInt(p) && !Floats.isFloat(p) && t.index == null && t.int_ == null && t.float_ == null
                    && !(p instanceof PyComplex)) {
                return null;
            }
            try {
                return toNumber(Numbers.toInt(p));
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public Number index(Object o) {
            try {
                return toNumber(Numbers.index((PyObject) o));
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public double toDouble(Object o) {
            PyObject p = (PyObject) o;
            if (Floats.isFloat(p) || Ints.isInt(p)) {
                return Floats.toDouble(p);
            }
            if (p.type().float_ == null && p.type().index == null) {
                throw PyErrors.typeError("must be real number, not %s", p.type().getName());
            }
            return Floats.value(Numbers.toFloat(p));
        }

        @Override
        public byte[] toBytes(Object o) {
            PyObject p = (PyObject) o;
            byte[] b = bytesValue(p);
            if (b != null) {
                return b;
            }
            PyObject m = p.type().lookup("__bytes__");
            if (m == null) {
                return null;
            }
            PyObject r = Dunder.callFound(m, p);
            if (!(r instanceof PyBytes)) {
                throw PyErrors.typeError("__bytes__ returned non-bytes (type %s)", r.type().getName());
            }
            return Bytes.asBytes(r);
        }
    };
}
