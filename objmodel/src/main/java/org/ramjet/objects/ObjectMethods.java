package org.ramjet.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ramjet.bytecode.CompareOp;
import org.ramjet.objects.layout.MappedObject;

/** Slots and methods of {@code object}: generic attributes, identity equality and hash, default repr, new/init. */
final class ObjectMethods {
    private ObjectMethods() {}

    static final Slot.GetAttr GENERIC_GETATTR = Attributes::genericGetAttr;
    static final Slot.SetAttr GENERIC_SETATTR = Attributes::genericSetAttr;
    static final Slot.New OBJECT_NEW = ObjectMethods::objectNew;
    static final Slot.Init OBJECT_INIT = ObjectMethods::objectInit;

    static void slots(PyType t) {
        t.getattr = GENERIC_GETATTR;
        t.setattr = GENERIC_SETATTR;
        t.hash = Hashing::identityHash;
        t.richcompare = ObjectMethods::richCompare;
        t.repr = self -> PyStr.of(Repr.defaultRepr(self));
        t.str = Repr::repr;
        t.new_ = OBJECT_NEW;
        t.init = OBJECT_INIT;
    }

    private static PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
        switch (op) {
            case EQ:
                return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case NE: {
                Slot.RichCompare rc = self.type().richcompare;
                if (rc == null) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyObject r = rc.compare(self, other, CompareOp.EQ);
                if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                return PyBool.of(!Truth.isTrue(r));
            }
            default:
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    private static boolean excessArgs(int npos, String[] kw) {
        return npos > 0 || (kw != null && kw.length > 0);
    }

    static PyObject objectNew(PyType type, PyObject[] args, int off, int npos, String[] kw) {
        if (excessArgs(npos, kw)) {
            if (type.new_ != OBJECT_NEW) {
                throw PyErrors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.init == OBJECT_INIT) {
                throw PyErrors.typeError("%s() takes no arguments", type.getName());
            }
        }
        if (type.hasFlag(TypeFlags.IS_ABSTRACT)) {
            PyObject am = type.lookup("__abstractmethods__");
            List<String> names = new ArrayList<>();
            if (am != null) {
                for (PyObject n : Iteration.toArray(am)) {
                    names.add(Repr.strString(n));
                }
            }
            Collections.sort(names);
            throw PyErrors.typeError("Can't instantiate abstract class %s with abstract method%s %s", type.getName(),
                    names.size() == 1 ? "" : "s", String.join(", ", names));
        }
        return new PyInstance(type);
    }

    static void objectInit(PyObject self, PyObject[] args, int off, int npos, String[] kw) {
        if (excessArgs(npos, kw)) {
            PyType type = self.type();
            if (type.init != OBJECT_INIT) {
                throw PyErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.new_ == OBJECT_NEW) {
                throw PyErrors.typeError("%s() takes no arguments", type.getName());
            }
        }
    }

    static void methods(MethodTable m) {
        m.getset("__class__", (PyObject self) -> self.type(), ObjectMethods::setClass);
        m.method("__format__", "($self, format_spec, /)", (PyObject self, PyObject spec) -> {
            if (!Strs.isStr(spec)) {
                throw PyErrors.typeError("__format__() argument must be str, not %s", spec.type().getName());
            }
            if (!Strs.value(spec).isEmpty()) {
                throw PyErrors.typeError("unsupported format string passed to %s.__format__", self.type().getName());
            }
            return Repr.str(self);
        });
        m.method("__dir__", "($self, /)", (PyObject self) -> Dir.ofObject(self));
        m.method("__sizeof__", "($self, /)", (PyObject self) -> PyInt.of(16));
        m.method("__reduce__", "($self, /)", (PyObject self) -> Reduce.reduce(self, 0));
        m.method("__reduce_ex__", "($self, protocol, /)", (PyObject self, PyObject proto) ->
                Reduce.reduceEx(self, proto));
        m.method("__getstate__", "($self, /)", (PyObject self) -> Reduce.getState(self));
        m.classMethodRaw("__init_subclass__", "($type, /)", (PyType cls, PyObject[] a, int off, int npos, String[] kw) -> {
            if (npos > 0) {
                throw PyErrors.typeError("%s.__init_subclass__() takes no arguments (%d given)", cls.getName(), npos);
            }
            if (kw != null && kw.length > 0) {
                throw PyErrors.typeError("%s.__init_subclass__() takes no keyword arguments", cls.getName());
            }
            return PyNone.NONE;
        });
        m.classMethodRaw("__subclasshook__", "($type, /, *args)", (PyType cls, PyObject[] a, int off, int npos, String[] kw) ->
                PyNotImplemented.NOT_IMPLEMENTED);
        m.attr("__doc__", PyStr.of("The base class of the class hierarchy.\n\n"
                + "When called, it accepts no arguments and returns a new featureless\n"
                + "instance that has no instance attributes and cannot be given any.\n"));
    }

    /** {@code obj.__class__ = cls}: only between compatible Python classes. */
    private static void setClass(PyObject self, PyObject value) {
        if (value == null) {
            throw PyErrors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType)) {
            throw PyErrors.typeError("__class__ must be set to a class, not '%s' object", value.type().getName());
        }
        PyType newType = (PyType) value;
        PyType old = self.type();
        boolean moduleOk = old.isSubtype(ModuleType.TYPE) && newType.isSubtype(ModuleType.TYPE);
        if (!moduleOk && (!old.isHeapType() || !newType.isHeapType())) {
            throw PyErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (old.solidBase != newType.solidBase || old.hasInstanceDict() != newType.hasInstanceDict()
                || !java.util.Arrays.equals(old.memberNames, newType.memberNames)) {
            throw PyErrors.typeError("__class__ assignment: '%s' object layout differs from '%s'",
                    newType.getName(), old.getName());
        }
        MappedObject st = Attributes.storageOf(self);
        if (st == null) {
            throw PyErrors.typeError("__class__ assignment: '%s' object layout differs from '%s'",
                    newType.getName(), old.getName());
        }
        st.changeType(newType);
    }
}
