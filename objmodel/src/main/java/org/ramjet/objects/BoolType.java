package org.ramjet.objects;

import static org.ramjet.bytecode.BinaryOp.*;

/** Definer of {@code bool}: int's subclass with two instances; {@code &|^} of two bools stay bool. */
public final class BoolType {
    private BoolType() {}

    public static final PyType TYPE = new TypeSpec("bool", PyBool.class)
            .base(IntType.TYPE)
            .notSubclassable()
            .slots(BoolType::slots)
            .build();

    private static void slots(PyType t) {
        t.repr = self -> PyStr.of(((PyBool) self).value ? "True" : "False");
        t.bool = self -> ((PyBool) self).value;
        Slot.Binary and = (a, b) -> b instanceof PyBool ? PyBool.of(((PyBool) a).value & ((PyBool) b).value)
                : IntType.TYPE.binary[AND.ordinal()].apply(a, b);
        Slot.Binary or = (a, b) -> b instanceof PyBool ? PyBool.of(((PyBool) a).value | ((PyBool) b).value)
                : IntType.TYPE.binary[OR.ordinal()].apply(a, b);
        Slot.Binary xor = (a, b) -> b instanceof PyBool ? PyBool.of(((PyBool) a).value ^ ((PyBool) b).value)
                : IntType.TYPE.binary[XOR.ordinal()].apply(a, b);
        t.binary[AND.ordinal()] = and;
        t.rbinary[AND.ordinal()] = (a, b) -> and.apply(a, b);
        t.binary[OR.ordinal()] = or;
        t.rbinary[OR.ordinal()] = (a, b) -> or.apply(a, b);
        t.binary[XOR.ordinal()] = xor;
        t.rbinary[XOR.ordinal()] = (a, b) -> xor.apply(a, b);
        t.new_ = (type, args, off, npos, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyErrors.typeError("bool() takes no keyword arguments");
            }
            if (npos > 1) {
                throw PyErrors.typeError("bool expected at most 1 argument, got %d", npos);
            }
            return npos == 0 ? PyBool.FALSE : PyBool.of(Truth.isTrue(args[off]));
        };
    }
}
