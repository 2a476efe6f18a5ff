package org.ramjet.stdlib.types;

import org.ramjet.bytecode.CompareOp;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyNotImplemented;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;
import org.ramjet.objects.Comparisons;
import org.ramjet.objects.TypeFlags;
import org.ramjet.objects.TypeSpec;
import org.ramjet.objects.layout.MappedObject;

/**
 * {@code types.SimpleNamespace}: attribute bag with {@code namespace(a=1, b=2)} repr and
 * equality by attributes ({@code sys.implementation} is one).
 */
public final class SimpleNamespace extends MappedObject {
    public static final PyType TYPE = new TypeSpec("SimpleNamespace", SimpleNamespace.class)
            .module("types")
            .flags(TypeFlags.HAS_DICT)
            .slots(t -> {
                t.new_ = (type, a, off, npos, kw) -> new SimpleNamespace(type);
                t.init = (self, a, off, npos, kw) -> {
                    if (npos > 0) {
                        throw PyErrors.typeError("no positional arguments expected");
                    }
                    for (int k = 0; kw != null && k < kw.length; k++) {
                        Attributes.setAttr(self, kw[k], a[off + npos + k]);
                    }
                };
                t.repr = self -> PyStr.of(repr(self));
                t.richcompare = (self, other, op) -> {
                    if (!(other instanceof SimpleNamespace) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    boolean eq = Comparisons.equal(((SimpleNamespace) self).instanceDict(),
                            ((SimpleNamespace) other).instanceDict());
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                };
                t.hash = org.ramjet.objects.Hashing.UNHASHABLE;
            })
            .build();

    public SimpleNamespace(PyType type) {
        super(type);
    }

    public SimpleNamespace() {
        super(TYPE);
    }

    /** Sets an attribute (Java-side construction). */
    public SimpleNamespace with(String name, PyObject value) {
        putAttribute(name, value);
        return this;
    }

    static String repr(PyObject self) {
        SimpleNamespace ns = (SimpleNamespace) self;
        String name = self.type() == TYPE ? "namespace" : self.type().getName();
        if (!Repr.enter(self)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            PyDict d = ns.instanceDict();
            boolean first = true;
            for (int p = d.nextPosition(0); p >= 0; p = d.nextPosition(p + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Repr.strString(d.keyAt(p))).append('=').append(Repr.reprString(d.valueAt(p)));
            }
            return sb.append(')').toString();
        } finally {
            Repr.leave(self);
        }
    }
}
