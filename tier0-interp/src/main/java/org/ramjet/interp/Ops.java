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
        PyException e = PyErrors.nameError(name);
        e.value.args = PyTuple.of(PyStr.of(msg));
        return e;
    }

    static PyException notImplemented(String msg) {
        return PyErrors.of(PyExc.NotImplementedError, msg);
    }

    static PyException stopIteration(PyObject value) {
        return PyErrors.stopIteration(value);
    }

    static PyBaseException newGeneratorExit() {
        return PyErrors.newException(PyExc.GeneratorExit);
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
        return e instanceof PyStopIteration ? ((PyStopIteration) e).value : PyNone.NONE;
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

    /** {@code ExceptionGroup(msg, excs)} (a BaseExceptionGroup when one of them is not an Exception). */
    static PyObject newExceptionGroup(String msg, PyObject[] excs) {
        return Calls.call(PyExc.BaseExceptionGroup, PyStr.of(msg), PyTuple.of(excs.clone()));
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
        return e.getAttribute("__notes__");
    }

    /** {@code isinstance(exc, type)} for an exception class or a tuple of them (validated by the caller). */
    static boolean exceptionMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple) {
            PyTuple t = (PyTuple) type;
            for (int i = 0; i < t.size(); i++) {
                if (exceptionMatches(exc, t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return type instanceof PyType && exc.type().isSubtype((PyType) type);
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
        if (callable instanceof PyFunction) {
            PyFunction f = (PyFunction) callable;
            String module = f.module instanceof PyStr ? ((PyStr) f.module).value : null;
            return (module == null || module.equals("builtins") ? "" : module + ".") + f.qualname + "()";
        }
        if (callable instanceof PyBuiltinFunction) {
            return ((PyBuiltinFunction) callable).getName() + "()";
        }
        if (callable instanceof PyType) {
            return ((PyType) callable).getName() + "()";
        }
        return typeName(callable) + " object";
    }

    static PyObject builtinFunction(String name, String sig, BuiltinFn.MK<PyObject> fn) {
        return PyBuiltinFunction.of(name, sig, fn);
    }

    static PyObject javaPredicate(String name, java.util.function.Predicate<PyObject> p) {
        return builtinFunction(name, "(x, /)", (self, args, off, npos, kw) -> PyBool.of(p.test(args[off])));
    }

    // ---- operators ----

    static PyObject binaryOp(BinaryOp op, PyObject a, PyObject b) {
        return BinaryOps.binaryOp(a, b, op);
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        return Comparisons.richCompare(a, b, op);
    }

    static boolean richEquals(PyObject a, PyObject b) {
        return Comparisons.equal(a, b);
    }

    static PyObject positive(PyObject v) {
        return BinaryOps.positive(v);
    }

    static PyObject negative(PyObject v) {
        return BinaryOps.negative(v);
    }

    static PyObject invert(PyObject v) {
        return BinaryOps.invert(v);
    }

    static boolean isTrue(PyObject v) {
        return Truth.isTrue(v);
    }

    static boolean contains(PyObject container, PyObject item) {
        return Abstract.contains(container, item);
    }

    static boolean isInstance(PyObject obj, PyType type) {
        return obj.type().isSubtype(type);
    }

    // ---- items ----

    static PyObject getItem(PyObject container, PyObject key) {
        return Abstract.getItem(container, key);
    }

    static void setItem(PyObject container, PyObject key, PyObject value) {
        Abstract.setItem(container, key, value);
    }

    static void delItem(PyObject container, PyObject key) {
        Abstract.delItem(container, key);
    }

    static long len(PyObject obj) {
        return Abstract.len(obj);
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
        return o.type().iter != null || o.type().getitem != null;
    }

    static Iterable<PyObject> iterate(PyObject iterable) {
        return java.util.Arrays.asList(Iteration.toArray(iterable));
    }

    // ---- containers ----

    static PyObject newList(PyObject[] items) {
        return new PyList(items);
    }

    static PyList listFromIterator(PyObject it) {
        return new PyList(Iteration.toArray(it));
    }

    static void listExtend(PyObject list, PyObject iterable) {
        ((PyList) list).extend(iterable);
    }

    /** A new empty set, from the builtins' {@code set} (no Java set class yet). */
    static PyObject newSet() {
        PyObject set = Engine.builtins().getStr("set");
        if (set == null) {
            throw notImplemented("set is not available: builtins has no 'set'");
        }
        return Calls.call(set);
    }

    static void setAdd(PyObject set, PyObject v) {
        Calls.callMethod(set, "add", v);
    }

    static void setUpdate(PyObject set, PyObject iterable) {
        Calls.callMethod(set, "update", iterable);
    }

    static PyObject newSlice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step == null ? PyNone.NONE : step);
    }

    static PyTuple tupleOf(PyObject iterable) {
        return PyTuple.of(Iteration.toArray(iterable));
    }

    static boolean isExactTuple(PyObject o) {
        return o instanceof PyTuple;
    }

    static boolean isExactDict(PyObject o) {
        return o.getClass() == PyDict.class;
    }

    static boolean isExactStr(PyObject o) {
        return o instanceof PyStr;
    }

    /** Whether {@code seq} is an exact tuple or list (unpacked without an iterator). */
    static boolean isExactTupleOrList(PyObject seq) {
        return seq instanceof PyTuple || seq.getClass() == PyList.class;
    }

    static int fastSize(PyObject seq) {
        return seq instanceof PyTuple ? ((PyTuple) seq).size() : ((PyList) seq).size();
    }

    static PyObject fastGet(PyObject seq, int i) {
        return seq instanceof PyTuple ? ((PyTuple) seq).get(i) : ((PyList) seq).get(i);
    }

    /** Acceptable as the right side of {@code {**x}}: has {@code keys} and {@code __getitem__}. */
    static boolean isMappingForUpdate(PyObject o) {
        return o instanceof PyDict || (getAttrOrNull(o, "keys") != null && o.type().getitem != null);
    }

    static void dictUpdate(PyDict d, PyObject update) {
        if (update instanceof PyDict) {
            d.putAll((PyDict) update);
        } else {
            for (PyObject k : mappingKeys(update)) {
                d.put(k, getItem(update, k));
            }
        }
    }

    static Iterable<PyObject> mappingKeys(PyObject mapping) {
        if (mapping instanceof PyDict) {
            return java.util.Arrays.asList(((PyDict) mapping).keysArray());
        }
        return iterate(callMethod(mapping, "keys"));
    }

    static PyObject newObject() {
        return Calls.call(ObjectType.TYPE);
    }

    static PyType typeType() {
        return TypeType.TYPE;
    }

    static final long FLAG_MAPPING = TypeFlags.MAPPING;  // collections.abc.Mapping registration
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
        return PyStr.of(Repr.ascii(v));
    }

    static PyObject format(PyObject v, PyObject spec) {
        return Formatting.format(v, Strs.value(spec));
    }

    static String typeName(PyObject v) {
        return v.type().getName();
    }

    // ---- modules ----

    /** {@code sys.modules[name]}, or null. */
    static PyObject sysModule(String name) {
        return Hooks.importHook().loadedModule(name);
    }

    static String moduleNameOf(PyObject module) {
        PyObject n = getAttrOrNull(module, "__name__");
        return n instanceof PyStr ? ((PyStr) n).value : "<unknown module name>";
    }
}
