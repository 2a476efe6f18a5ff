package org.ramjet.objects;

import org.ramjet.bytecode.CompareOp;

/**
 * {@code wrapper_descriptor}: a builtin type's Java slot seen from Python ({@code int.__add__},
 * {@code object.__init__}). Bound to an instance it becomes a {@link PyMethodWrapper}. Its
 * identity tells {@link SlotDef} that a class still uses the builtin slot.
 */
public final class PySlotWrapper extends PyObject {
    final SlotDef def;
    final PyType owner;
    /** The slot function (of the field's {@code Slot.*} type). */
    final Object slot;

    PySlotWrapper(SlotDef def, PyType owner, Object slot) {
        this.def = def;
        this.owner = owner;
        this.slot = slot;
    }

    @Override
    public PyType type() {
        return CallableTypes.WRAPPER_DESCRIPTOR;
    }

    public String getName() {
        return def.name;
    }

    PyObject checkSelf(PyObject self) {
        if (!self.type().isSubtype(owner)) {
            throw PyErrors.typeError("descriptor '%s' requires a '%s' object but received a '%s'",
                    def.name, owner.getName(), self.type().getName());
        }
        if (self instanceof PyValueInstance && owner.hasFlag(TypeFlags.VALUE_TYPE)) {
            return ((PyValueInstance) self).value;
        }
        return self;
    }

    /** {@code int.__add__(a, b)}: the first argument is self. */
    PyObject call(PyObject[] args, int off, int npos, String[] kwnames) {
        if (npos < 1) {
            throw PyErrors.typeError("descriptor '%s' of '%s' object needs an argument", def.name, owner.getName());
        }
        return callBound(checkSelf(args[off]), args, off + 1, npos - 1, kwnames);
    }

    /** Calls the slot for an already checked {@code self}. */
    PyObject callBound(PyObject self, PyObject[] a, int off, int n, String[] kw) {
        SlotDef.Kind k = def.kind;
        if (k == SlotDef.Kind.CALL) {
            return ((Slot.Call) slot).call(self, a, off, n, kw);
        }
        if (k == SlotDef.Kind.INIT) {
            ((Slot.Init) slot).init(self, a, off, n, kw);
            return PyNone.NONE;
        }
        if (kw != null && kw.length > 0) {
            throw PyErrors.typeError("wrapper %s() takes no keyword arguments", def.name);
        }
        switch (k) {
            case UNARY:
                expect(n, 0);
                return ((Slot.Unary) slot).apply(self);
            case NEXT: {
                expect(n, 0);
                PyObject r = ((Slot.Next) slot).next(self);
                if (r == null) {
                    throw PyErrors.stopIteration(null);
                }
                return r;
            }
            case BINARY:
                expect(n, 1);
                return ((Slot.Binary) slot).apply(self, a[off]);
            case GETATTRIBUTE: {
                expect(n, 1);
                String name = Attributes.nameArg(a[off]);
                PyObject r = ((Slot.GetAttr) slot).get(self, name);
                if (r == null) {
                    throw PyErrors.attributeError(self, name);
                }
                return r;
            }
            case SETATTR:
                expect(n, 2);
                ((Slot.SetAttr) slot).set(self, Attributes.nameArg(a[off]), a[off + 1]);
                return PyNone.NONE;
            case DELATTR:
                expect(n, 1);
                ((Slot.SetAttr) slot).set(self, Attributes.nameArg(a[off]), null);
                return PyNone.NONE;
            case HASH:
                expect(n, 0);
                return PyInt.of(((Slot.Hash) slot).hash(self));
            case LEN:
                expect(n, 0);
                return PyInt.of(((Slot.Len) slot).len(self));
            case BOOL:
                expect(n, 0);
                return PyBool.of(((Slot.Bool) slot).test(self));
            case CONTAINS:
                expect(n, 1);
                return PyBool.of(((Slot.Contains) slot).contains(self, a[off]));
            case RICHCOMPARE: {
                expect(n, 1);
                CompareOp op = def.op;
                return ((Slot.RichCompare) slot).compare(self, a[off], op);
            }
            case SETITEM:
                expect(n, 2);
                ((Slot.SetItem) slot).set(self, a[off], a[off + 1]);
                return PyNone.NONE;
            case DELITEM:
                expect(n, 1);
                ((Slot.SetItem) slot).set(self, a[off], null);
                return PyNone.NONE;
            case DESCR_GET: {
                if (n < 1 || n > 2) {
                    throw PyErrors.typeError("expected 1 or 2 arguments, got %d", n);
                }
                PyObject obj = a[off] == PyNone.NONE ? null : a[off];
                PyObject type = n == 2 && a[off + 1] != PyNone.NONE ? a[off + 1] : null;
                if (obj == null && type == null) {
                    throw PyErrors.typeError("__get__(None, None) is invalid");
                }
                if (type != null && !(type instanceof PyType)) {
                    throw PyErrors.typeError("__get__(None, None) is invalid");
                }
                return ((Slot.DescrGet) slot).get(self, obj, (PyType) type);
            }
            case DESCR_SET:
                expect(n, 2);
                ((Slot.DescrSet) slot).set(self, a[off], a[off + 1]);
                return PyNone.NONE;
            case DESCR_DELETE:
                expect(n, 1);
                ((Slot.DescrSet) slot).set(self, a[off], null);
                return PyNone.NONE;
            default:
                throw new IllegalStateException(k.toString());
        }
    }

    private static void expect(int n, int want) {
        if (n != want) {
            throw PyErrors.typeError("expected %d argument%s, got %d", want, want == 1 ? "" : "s", n);
        }
    }

    String repr() {
        return "<slot wrapper '" + def.name + "' of '" + owner.getName() + "' objects>";
    }

    @Override
    public String toString() {
        return repr();
    }
}
