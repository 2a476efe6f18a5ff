package org.ramjet.interp;

import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.CompareOp;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.*;

/**
 * The interpreter's one door into objcore's protocols: every generic operation goes through a
 * one-line static method here, so the interpreter's own files read in Python terms and an
 * objcore API change is fixed in one place. Nothing here implements a protocol itself.
 */
final class Ops {
    private Ops() {}

    // ---- errors ----

    static PyException typeError(String msg) {
        return PyErrors.of(PyExc.TypeError, msg);
    }

    static PyException valueError(String msg) {
        return PyErrors.of(PyExc.ValueError, msg);
    }

    static PyException runtimeError(String msg) {
        return PyErrors.of(PyExc.RuntimeError, msg);
    }

    static PyException systemError(String msg) {
        return PyErrors.of(PyExc.SystemError, msg);
    }

    static PyException recursionError(String msg) {
        return PyErrors.of(PyExc.RecursionError, msg);
    }

    static PyException importError(String msg) {
        return PyErrors.of(PyExc.ImportError, msg);
    }

    static PyException unboundLocalError(String msg) {
        return PyErrors.of(PyExc.UnboundLocalError, msg);
    }

    static PyException nameError(String msg, String name) {
        PyException e = PyErrors.of(PyExc.NameError, msg);
        setAttr(e.value, "name", PyStr.of(name));
        return e;
    }

    static PyException notImplemented(String msg) {
        return PyErrors.of(PyExc.NotImplementedError, msg);
    }

    static PyException stopIteration(PyObject value) {
        return PyErrors.stopIteration(value);
    }

    static PyBaseException newGeneratorExit() {
        return PyErrors.of(PyExc.GeneratorExit, null).value;
    }

    static void setImportErrorInfo(PyException e, PyObject name, PyObject path, PyObject nameFrom) {
        setAttr(e.value, "name", name);
        setAttr(e.value, "path", path);
        setAttr(e.value, "name_from", nameFrom);
    }

    static boolean isKeyError(PyException e) {
        return e.matches(PyExc.KeyError);
    }

    static boolean isTypeError(PyException e) {
        return e.matches(PyExc.TypeError);
    }

    static boolean isStopIteration(PyException e) {
        return e.matches(PyExc.StopIteration);
    }

    static boolean isGeneratorExit(PyBaseException e) {
        return e.type().isSubtype(PyExc.GeneratorExit);
    }

    static PyObject stopIterationValue(PyBaseException e) {
        return PyErrors.stopIterationValue(e);
    }

    static void setCause(PyBaseException value, PyBaseException cause) {
        value.cause = cause;
        value.suppressContext = true;
    }

    static boolean isExceptionClass(PyType t) {
        return t.isSubtype(PyExc.BaseException);
    }

    static boolean isExceptionGroupClass(PyType t) {
        return t.isSubtype(PyExc.BaseExceptionGroup);
    }

    static boolean isExceptionGroup(PyObject o) {
        return o.type().isSubtype(PyExc.BaseExceptionGroup);
    }

    static PyObject newExceptionGroup(String msg, PyObject[] excs) {
        return Calls.call(PyExc.ExceptionGroupFor(excs), PyStr.of(msg), newList(excs));
    }

    static java.util.List<PyObject> groupExceptions(PyObject group) {
        PyTuple t = (PyTuple) getAttr(group, "exceptions");
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.get(i));
        }
        return out;
    }

    static PyObject notesOf(PyBaseException e) {
        return Attributes.lookupAttr(e, "__notes__");
    }

    /** {@code isinstance(exc, type)} for an exception class or a tuple of them (validated by the caller). */
    static boolean exceptionMatches(PyObject exc, PyObject type) {
        return PyErrors.givenExceptionMatches(exc, type);
    }

    static PyObject assertionErrorType() {
        return PyExc.AssertionError;
    }

    static int tracebackLimit() {
        return 1000;
    }

    // ---- attributes ----

    static PyObject getAttr(PyObject obj, String name) {
        return Attributes.getAttr(obj, name);
    }

    static PyObject getAttrOrNull(PyObject obj, String name) {
        return Attributes.lookupAttr(obj, name);
    }

    static void setAttr(PyObject obj, String name, PyObject value) {
        Attributes.setAttr(obj, name, value);
    }

    static void deleteAttr(PyObject obj, String name) {
        Attributes.delAttr(obj, name);
    }

    /** LOAD_METHOD's fast path: the unbound method when {@code obj.name} is a plain method, else null. */
    static PyObject lookupMethod(PyObject obj, String name) {
        return Attributes.lookupMethod(obj, name);
    }

    /** A special method looked up on the type and bound to {@code obj}, or null. */
    static PyObject lookupSpecialBound(PyObject obj, String name) {
        PyObject f = obj.type().lookup(name);
        return f == null ? null : Attributes.bindDescriptor(f, obj, obj.type());
    }

    static PyObject callSpecial(PyObject obj, String name) {
        PyObject f = lookupSpecialBound(obj, name);
        if (f == null) {
            throw PyErrors.attributeError(obj, name);
        }
        return Calls.call(f);
    }

    // ---- calls ----

    static PyObject call(PyObject callable, PyObject[] args, int off, int npos, String[] kwnames) {
        return Calls.call(callable, args, off, npos, kwnames);
    }

    static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return Calls.callMethod(obj, name, args);
    }

    /** For feedback: the code a call target runs when it is a Python function, else null. */
    static PyCode codeOf(PyObject callable) {
        return callable instanceof PyFunction ? ((PyFunction) callable).code : null;
    }

    /** "f()" / "__main__.f()" as CPython names a callee in argument errors. */
    static String functionDescription(PyObject callable) {
        return PyErrors.functionDescription(callable);
    }

    static PyObject builtinFunction(String name, BuiltinFn.MK<PyObject> fn) {
        return PyBuiltinFunction.of(name, fn);
    }

    static PyObject javaPredicate(String name, java.util.function.Predicate<PyObject> p) {
        return builtinFunction(name, (self, args, off, npos, kw) -> PyBool.of(p.test(args[off])));
    }

    // ---- operators ----

    static PyObject binaryOp(BinaryOp op, PyObject a, PyObject b) {
        return BinaryOps.binaryOp(op, a, b);
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        return Comparisons.richCompare(a, b, op);
    }

    static boolean richEquals(PyObject a, PyObject b) {
        return Comparisons.equals(a, b);
    }

    static PyObject positive(PyObject v) {
        return UnaryOps.positive(v);
    }

    static PyObject negative(PyObject v) {
        return UnaryOps.negative(v);
    }

    static PyObject invert(PyObject v) {
        return UnaryOps.invert(v);
    }

    static boolean isTrue(PyObject v) {
        return Truth.isTrue(v);
    }

    static boolean contains(PyObject container, PyObject item) {
        return Items.contains(container, item);
    }

    static boolean isInstance(PyObject obj, PyType type) {
        return obj.type().isSubtype(type);
    }

    // ---- items ----

    static PyObject getItem(PyObject container, PyObject key) {
        return Items.getItem(container, key);
    }

    static void setItem(PyObject container, PyObject key, PyObject value) {
        Items.setItem(container, key, value);
    }

    static void delItem(PyObject container, PyObject key) {
        Items.delItem(container, key);
    }

    static long len(PyObject obj) {
        return Items.len(obj);
    }

    // ---- iteration ----

    static PyObject iter(PyObject iterable) {
        return Iteration.iter(iterable);
    }

    /** The next item, or null when exhausted (a StopIteration raised by {@code __next__} included). */
    static PyObject next(PyObject iterator) {
        return Iteration.next(iterator);
    }

    static boolean isIterable(PyObject o) {
        return Iteration.isIterable(o);
    }

    static Iterable<PyObject> iterate(PyObject iterable) {
        return Iteration.asJava(iterable);
    }

    // ---- containers ----

    static PyObject newList(PyObject[] items) {
        return PyList.wrap(items);
    }

    static PyObject listFromIterator(PyObject it) {
        return PyList.fromIterable(it);
    }

    static void listExtend(PyObject list, PyObject iterable) {
        ((PyList) list).extend(iterable);
    }

    static PyObject newSet() {
        return new PySet();
    }

    static void setAdd(PyObject set, PyObject v) {
        ((PySet) set).add(v);
    }

    static void setUpdate(PyObject set, PyObject iterable) {
        ((PySet) set).update(iterable);
    }

    static PyObject newSlice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step == null ? PyNone.NONE : step);
    }

    static PyTuple tupleOf(PyObject iterable) {
        return PyTuple.fromIterable(iterable);
    }

    static boolean isExactTuple(PyObject o) {
        return o instanceof PyTuple;
    }

    static boolean isExactDict(PyObject o) {
        return o.type() == PyDict.TYPE;
    }

    static boolean isExactStr(PyObject o) {
        return o instanceof PyStr;
    }

    /** The backing array of an exact list or tuple (for unpacking), else null. */
    static PyObject[] fastItems(PyObject seq) {
        if (seq instanceof PyTuple) {
            return ((PyTuple) seq).items;
        }
        if (seq instanceof PyList && seq.type() == PyList.TYPE) {
            return ((PyList) seq).array();
        }
        return null;
    }

    static int fastSize(PyObject seq) {
        return seq instanceof PyTuple ? ((PyTuple) seq).size() : ((PyList) seq).size();
    }

    /** Acceptable as the right side of {@code {**x}}: has {@code keys} and {@code __getitem__}. */
    static boolean isMappingForUpdate(PyObject o) {
        return o instanceof PyDict || (getAttrOrNull(o, "keys") != null && o.type().getitem != null);
    }

    static void dictUpdate(PyDict d, PyObject update) {
        d.update(update);
    }

    static Iterable<PyObject> mappingKeys(PyObject mapping) {
        if (mapping instanceof PyDict) {
            return java.util.Arrays.asList(((PyDict) mapping).keysArray());
        }
        return iterate(callMethod(mapping, "keys"));
    }

    static PyObject newObject() {
        return Calls.call(CoreTypes.OBJECT);
    }

    static PyType typeType() {
        return CoreTypes.TYPE;
    }

    static final long FLAG_MAPPING = TypeFlags.MAPPING;
    static final long FLAG_SEQUENCE = TypeFlags.SEQUENCE;
    static final long FLAG_MATCH_SELF = TypeFlags.MATCH_SELF;

    static boolean hasTypeFlag(PyObject o, long flag) {
        PyType t = o instanceof PyType && flag == FLAG_MATCH_SELF ? (PyType) o : o.type();
        return t.hasFlag(flag);
    }

    // ---- strings ----

    static PyObject str(PyObject v) {
        return Repr.str(v);
    }

    static PyObject repr(PyObject v) {
        return Repr.repr(v);
    }

    static String reprString(PyObject v) {
        return Repr.reprString(v);
    }

    static PyObject ascii(PyObject v) {
        return Repr.ascii(v);
    }

    static PyObject format(PyObject v, PyObject spec) {
        return Repr.format(v, spec);
    }

    static String typeName(PyObject v) {
        return v.type().getName();
    }

    // ---- modules ----

    /** {@code sys.modules[name]}, or null. */
    static PyObject sysModule(String name) {
        return Modules.lookup(name);
    }

    static String moduleNameOf(PyObject module) {
        PyObject n = getAttrOrNull(module, "__name__");
        return n instanceof PyStr ? ((PyStr) n).value : "<unknown module name>";
    }
}
