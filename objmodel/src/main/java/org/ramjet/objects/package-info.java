/**
 * Ramjet's object model: every Python value and type, and the protocols all tiers share.
 *
 * <h2>Guided tour</h2>
 *
 * <h3>Values and types</h3>
 * Every Python value is a {@link org.ramjet.objects.PyObject}; {@code obj.type()} is its
 * {@link org.ramjet.objects.PyType}. Behaviour is reached through the type's <em>slots</em>
 * ({@code type.repr}, {@code type.binary[ADD]}, {@code type.getattr}, ... see
 * {@link org.ramjet.objects.Slot} for the shapes and null-means-absent conventions) and through
 * the protocol classes, never through Java virtual methods, so Python classes can override
 * anything:
 * <ul>
 * <li>{@link org.ramjet.objects.Attributes}: {@code getAttr/setAttr/delAttr/lookupAttr/lookupMethod};</li>
 * <li>{@link org.ramjet.objects.Calls}: the call convention (below);</li>
 * <li>{@link org.ramjet.objects.BinaryOps}: {@code binaryOp(a, b, BinaryOp)}, in-place, unary;</li>
 * <li>{@link org.ramjet.objects.Comparisons}: {@code richCompare(a, b, CompareOp)}, {@code equal};</li>
 * <li>{@link org.ramjet.objects.Iteration}: {@code iter}, {@code next} (null = exhausted);</li>
 * <li>{@link org.ramjet.objects.Abstract}: subscripts, {@code len}, {@code in}, isinstance/issubclass,
 *     {@code with}/{@code async with} set-up ({@code enterContext});</li>
 * <li>{@link org.ramjet.objects.Hashing}, {@link org.ramjet.objects.Truth},
 *     {@link org.ramjet.objects.Repr} (repr/str with recursion guard),
 *     {@link org.ramjet.objects.Numbers} ({@code __index__}, int(), float()).</li>
 * </ul>
 *
 * <h3>Calling</h3>
 * One vectorcall convention for every callable and every tier:
 * {@code Calls.call(callable, args, off, npos, kwnames)}: positional arguments
 * {@code args[off..off+npos)}, then one value per name in {@code kwnames} (null when none).
 * The callee never keeps or writes {@code args}, so the interpreter passes its stack. Python
 * functions run through the {@link org.ramjet.objects.FunctionInvoker} the engine registers with
 * {@code PyFunction.setInvoker}; the engine binds arguments with
 * {@link org.ramjet.objects.ArgBinder} (CPython's exact TypeErrors) into the frame's
 * {@code [varnames, cells, freevars]} array.
 *
 * <h3>Raising</h3>
 * {@code throw PyErrors.typeError("'%s' object is not callable", t.getName());} — the factories
 * in {@link org.ramjet.objects.PyErrors} return the stackless Java carrier
 * {@link org.ramjet.objects.PyException}, which holds the Python exception object
 * ({@link org.ramjet.objects.PyBaseException}). Exception classes are the constants of
 * {@link org.ramjet.objects.PyExc}. Catch with {@code catch (PyException e) { if
 * (!e.matches(PyExc.KeyError)) throw e; ... }}. Never use exceptions for ordinary control
 * flow in Java: attribute misses and exhausted iterators are {@code null} returns.
 *
 * <h3>How to add a builtin type</h3>
 * One definer class per type, holding the type object, built once on first use:
 * <pre>{@code
 * public final class RangeType {
 *     public static final PyType TYPE = new TypeSpec("range", PyRange.class)
 *             .notSubclassable()
 *             .slots(t -> { t.len = self -> ...; t.iter = ...; t.repr = ...; t.new_ = RangeType::newRange; })
 *             .methods(RangeType::methods)          // run lazily, on the first attribute look-up
 *             .build();
 * }
 * }</pre>
 * and the value class's {@code type()} returns {@code RangeType.TYPE}. No reflection, no
 * annotation scanning: start-up pays only for the types a program touches.
 *
 * <h3>How to add a method</h3>
 * One line in the definer's {@code methods(MethodTable m)}: name, CPython's text signature,
 * and a lambda whose arity equals the number of parameters (see {@link org.ramjet.objects.BuiltinFn}):
 * <pre>{@code
 * m.method("count", "($self, value, /)", (PyList self, PyObject x) -> ...);
 * m.method("split", "($self, /, sep=None, maxsplit=-1)", (PyStr self, PyObject sep, PyObject max) -> ...);
 * m.classMethod("fromkeys", "($type, iterable, value=None, /)", (PyType cls, PyObject it, PyObject v) -> ...);
 * m.getter("real", (PyFloat self) -> self);
 * }</pre>
 * Omitted optional arguments arrive as {@code null}. The {@link org.ramjet.objects.Signature}
 * binds keywords and raises CPython's messages for the calling convention. {@code self} is the
 * builtin's own Java class: for value types a Python subclass instance is unwrapped first.
 * Module-level builtins ({@code len}, {@code print}) are declared with
 * {@link org.ramjet.objects.ModuleBuilder} ({@code .function("len", "(obj, /)", obj -> ...)}, one
 * line each) and registered in the one {@link org.ramjet.objects.ModuleRegistry}.
 *
 * <h3>How to add a special method</h3>
 * Set the slot in the type's {@code slots} function ({@code t.contains = ...}); the dunder
 * ({@code __contains__}) then appears automatically as a {@code wrapper_descriptor}, and Python
 * subclasses inherit the Java function. If no slot exists for the dunder, add the field to
 * {@link org.ramjet.objects.PyType}, a row to {@link org.ramjet.objects.SlotDef}, and use it in
 * the protocol class. Dunders without slots ({@code __format__}, {@code __divmod__},
 * {@code __round__}) are plain methods.
 *
 * <h3>Python subclasses of builtins</h3>
 * <ul>
 * <li>object: {@link org.ramjet.objects.PyInstance} (map + slots, see
 *     {@link org.ramjet.objects.layout}).</li>
 * <li>immutable value types (int, float, complex, str, bytes, tuple, frozenset): the final value
 *     classes stay final; a subclass instance is a {@link org.ramjet.objects.PyValueInstance}
 *     wrapping the builtin value. Inherited Java slots and methods receive the unwrapped value;
 *     {@code Ints.isInt}/{@code Strs.isStr}/... accept both forms as the other operand.</li>
 * <li>mutable containers (list, dict, ...): a Java subclass ({@link org.ramjet.objects.PyListInstance},
 *     {@link org.ramjet.objects.PyDictInstance}) with a companion attribute holder
 *     ({@link org.ramjet.objects.HasAttributes}).</li>
 * <li>exceptions: {@link org.ramjet.objects.PyBaseException} (and its field-carrying Java
 *     subclasses) are themselves mapped objects with the subclass as type.</li>
 * </ul>
 *
 * <h3>Formatting</h3>
 * Number and string formatting ({@code repr(float)}, {@code __format__}, {@code %},
 * {@code str.format}, {@code int(str)}, {@code float(str)}) is the numfmt library
 * {@link org.ramjet.objects.format}; {@link org.ramjet.objects.NumFmt} is the boundary
 * (its errors become Python exceptions, its {@code FormatHost} sees the object model).
 *
 * <h3>Class statements</h3>
 * {@link org.ramjet.objects.ClassBuilder#buildClass} is {@code __build_class__}: metaclass,
 * {@code __prepare__}, {@code __mro_entries__}, the {@code __class__} cell. The interpreter
 * registers how to run a class body ({@code ClassBuilder.setBodyRunner}); zero-argument
 * {@code super()} needs its {@code PySuper.setZeroArgSource}.
 *
 * <h3>Types: MRO, versions, slot refill</h3>
 * {@link org.ramjet.objects.ClassCreation} creates classes (C3 MRO, {@code __slots__},
 * {@code __set_name__}, {@code __init_subclass__}, metaclass rules).
 * {@code PyType.version} changes on every mutation of a type or a base, and keys the
 * per-type method cache ({@code PyType.lookup}); assigning a dunder refills that slot in the
 * class and all subclasses.
 */
package org.ramjet.objects;
