package org.ramjet.stdlib.builtins;

import org.ramjet.objects.BoolType;
import org.ramjet.objects.ByteArrayType;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.TypeSpec;
import org.ramjet.objects.BytesType;
import org.ramjet.objects.ComplexType;
import org.ramjet.objects.DictType;
import org.ramjet.objects.FloatType;
import org.ramjet.objects.FunctionTypes;
import org.ramjet.objects.IntType;
import org.ramjet.objects.ListType;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.ObjectType;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyEllipsis;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyNotImplemented;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;
import org.ramjet.objects.RangeType;
import org.ramjet.objects.SetType;
import org.ramjet.objects.SliceType;
import org.ramjet.objects.StrType;
import org.ramjet.objects.TupleType;
import org.ramjet.objects.TypeType;
import org.ramjet.stdlib.SystemState;

/**
 * The {@code builtins} module: the builtin types, constants and exception classes, and the
 * builtin functions, defined by topic in {@link ObjectBuiltins}, {@link NumberBuiltins},
 * {@link IterationBuiltins}, {@link IoBuiltins} and {@link CodeBuiltins}; the iterator types
 * ({@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed}) are in
 * {@link IteratorTypes}. One module per run ({@link SystemState}): functions that need the run
 * ({@code print} finds {@code sys.stdout}) capture it.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    /** Instances of {@code memoryview}, which cannot be created yet. */
    private static final class MemoryView extends PyObject {
        @Override
        public PyType type() {
            return MEMORYVIEW;
        }
    }

    /**
     * {@code memoryview}: the type exists (so {@code isinstance} checks work) but needs the
     * buffer protocol, which is not implemented yet; creating one says so.
     */
    static final PyType MEMORYVIEW = new TypeSpec("memoryview", MemoryView.class)
            .notSubclassable()
            .slots(t -> t.new_ = (type, a, off, n, kw) -> {
                throw PyErrors.notImplementedError("memoryview is not implemented yet (it needs the buffer protocol)");
            })
            .build();

    public static PyModule create(SystemState state) {
        ModuleBuilder t = new ModuleBuilder("builtins");
        PyModule m = t.module();
        m.dict.putStr("__doc__", PyStr.of("Built-in functions, exceptions, and other objects.\n\n"
                + "Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices."));
        m.dict.putStr("__package__", PyStr.EMPTY);
        constants(t, state);
        types(t);
        exceptions(t);
        ObjectBuiltins.define(t);
        NumberBuiltins.define(t);
        IterationBuiltins.define(t);
        IoBuiltins.define(t, state);
        CodeBuiltins.define(t, state);
        return m;
    }

    private static void constants(ModuleBuilder t, SystemState state) {
        t.value("None", PyNone.NONE);
        t.value("True", PyBool.TRUE);
        t.value("False", PyBool.FALSE);
        t.value("Ellipsis", PyEllipsis.ELLIPSIS);
        t.value("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        t.value("__debug__", PyBool.of(state.config.optimize == 0));
    }

    private static void types(ModuleBuilder t) {
        PyType[] types = {
            ObjectType.TYPE, TypeType.TYPE, IntType.TYPE, BoolType.TYPE, FloatType.TYPE, ComplexType.TYPE,
            StrType.TYPE, BytesType.TYPE, ListType.TYPE, TupleType.TYPE, DictType.TYPE, SetType.SET,
            SetType.FROZENSET, RangeType.TYPE, SliceType.TYPE, FunctionTypes.PROPERTY, FunctionTypes.STATICMETHOD,
            FunctionTypes.CLASSMETHOD, FunctionTypes.SUPER, IteratorTypes.ENUMERATE, IteratorTypes.ZIP,
            IteratorTypes.MAP, IteratorTypes.FILTER, IteratorTypes.REVERSED, ByteArrayType.TYPE, MEMORYVIEW,
        };
        for (PyType type : types) {
            t.value(type.getName(), type);
        }
    }

    private static void exceptions(ModuleBuilder t) {
        for (PyType e : PyExc.all()) {
            t.value(e.getName(), e);
        }
        t.value("EnvironmentError", PyExc.OSError);
        t.value("IOError", PyExc.OSError);
    }
}
