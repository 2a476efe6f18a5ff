package org.ramjet.stdlib;

import org.ramjet.objects.Bytes;
import org.ramjet.objects.Ints;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.PyBigInt;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.Strs;
import org.ramjet.objects.Truth;

/**
 * Argument conversions shared by the builtin modules, with CPython's messages. Omitted optional
 * arguments arrive as Java {@code null} (see {@link org.ramjet.objects.BuiltinFn}).
 */
public final class Args {
    private Args() {}

    /** A size argument: int or None (or omitted) meaning {@code dflt}. */
    public static long sizeOrNone(PyObject o, long dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        if (!Ints.isInt(o) && o.type().index == null) {
            throw PyErrors.typeError("argument should be integer or None, not '%s'", o.type().getName());
        }
        return index(o);
    }

    /** An {@code __index__} value that must fit a Java long ("Python int too large to convert to C ssize_t"). */
    public static long index(PyObject o) {
        PyObject i = Ints.asIntObject(Numbers.index(o));
        if (i instanceof PyInt) {
            return ((PyInt) i).value;
        }
        throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** An int argument clamped to the Java int range (for C {@code int} parameters). */
    public static int intArg(PyObject o) {
        PyObject i = Ints.asIntObject(Numbers.index(o));
        if (i instanceof PyBigInt || ((PyInt) i).value > Integer.MAX_VALUE || ((PyInt) i).value < Integer.MIN_VALUE) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) ((PyInt) i).value;
    }

    /** A str argument: "{what} must be str, not int" when it is not. */
    public static String str(PyObject o, String what) {
        if (!Strs.isStr(o)) {
            throw PyErrors.typeError("%s must be str, not %s", what, o.type().getName());
        }
        return Strs.value(o);
    }

    /** An optional str argument (null or None give {@code dflt}). */
    public static String strOrNone(PyObject o, String what, String dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        return str(o, what);
    }

    /** An optional truth-valued argument. */
    public static boolean bool(PyObject o, boolean dflt) {
        if (o == null) {
            return dflt;
        }
        return o instanceof PyBool ? ((PyBool) o).value : Truth.isTrue(o);
    }

    /** The bytes of a bytes-like argument: "a bytes-like object is required, not 'str'". */
    public static byte[] bytesLike(PyObject o) {
        return Bytes.asBytes(o);
    }
}
