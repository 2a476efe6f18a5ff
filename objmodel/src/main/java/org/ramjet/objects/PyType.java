package org.ramjet.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ramjet.objects.layout.ObjectMap;

/**
 * Python {@code type}: a class. Holds the name, bases, MRO, the class namespace ({@link #dict()}),
 * flags, a {@link #version} and the special-method <em>slots</em> that the protocols call.
 *
 * <h2>Slots</h2>
 * Each public {@code Slot.*} field is the Java function behind a dunder ({@link #repr} behind
 * {@code __repr__}, {@link #binary}{@code [ADD]} behind {@code __add__}, ...). A builtin type
 * sets them in Java (see {@link TypeSpec}); every other type computes them from its MRO when it
 * is created and whenever a dunder is assigned on it or a base ({@link SlotDef#fill}). A
 * {@code null} slot means "this type does not support the operation".
 *
 * <h2>Version</h2>
 * {@link #version} is a process-wide unique number that changes whenever the type or any of its
 * bases is mutated (attribute set/delete on the class, {@code __bases__} assignment), so
 * compiled code may cache "look-up of name X on type T gave Y" guarded by one int compare.
 * The same version keys this type's method cache ({@link #lookup}). Listeners registered with
 * {@link #addMutationListener} hear about every bump (the deoptimizer's hook).
 *
 * <h2>Laziness</h2>
 * A builtin type's slots are set when the type object is created; its methods (the dict) are
 * defined on first look-up, so start-up pays only for types that a program uses.
 */
public class PyType extends PyObject {
    /** Listener for type mutations; see {@link #addMutationListener}. */
    @FunctionalInterface
    public interface MutationListener {
        void typeChanged(PyType type);
    }

    private static int versionCounter;
    private static final List<MutationListener> LISTENERS = new ArrayList<>();

    // ---- identity ----
    String name;
    String qualname;
    PyType metatype;
    PyType[] bases;
    /** The base whose instance layout this type extends (CPython's {@code tp_base}). */
    PyType base;
    PyType[] mro;
    /** The nearest type (itself or a base) that fixes the Java layout of instances. */
    PyType solidBase;
    PyDict dict;
    public long flags;
    /** Changes on every mutation of this type or a base; unique across all types. */
    public volatile int version;

    // ---- builtin types ----
    /** Defines the builtin's methods on first look-up; null once done (and for Python classes). */
    private Consumer<MethodTable> methodDefiner;
    /** Java class of exact instances, for builtin types; null for Python classes. */
    final Class<? extends PyObject> javaClass;
    /** {@code __module__} of a builtin type. */
    String builtinModule = "builtins";

    // ---- instance layout (Python classes) ----
    /** The empty map of this type's instances: carries the {@code __slots__} members. */
    private ObjectMap rootMap;
    /** Member names from {@code __slots__} of this type and its bases, in storage order. */
    String[] memberNames = new String[0];

    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    /**
     * The method cache: direct-mapped by the name's hash, each entry immutable and stamped with
     * the version it was computed at, so a stale entry simply misses (no clearing, no locks).
     */
    private final CacheEntry[] methodCache = new CacheEntry[METHOD_CACHE_SIZE];
    private static final int METHOD_CACHE_SIZE = 64;

    private static final class CacheEntry {
        final String name;
        final PyObject value;
        final int version;

        CacheEntry(String name, PyObject value, int version) {
            this.name = name;
            this.value = value;
            this.version = version;
        }
    }

    // ---- slots (see SlotDef for the dunder behind each) ----
    public Slot.GetAttr getattr;
    public Slot.SetAttr setattr;
    public Slot.Call call;
    public Slot.New new_;
    public Slot.Init init;
    public Slot.Unary repr;
    public Slot.Unary str;
    public Slot.Hash hash;
    public Slot.RichCompare richcompare;
    public Slot.Unary iter;
    public Slot.Next next;
    public Slot.DescrGet descrGet;
    public Slot.DescrSet descrSet;
    public Slot.Len len;
    public Slot.Binary getitem;
    public Slot.SetItem setitem;
    public Slot.Contains contains;
    public Slot.Bool bool;
    public Slot.Unary index;
    public Slot.Unary int_;
    public Slot.Unary float_;
    public Slot.Unary neg;
    public Slot.Unary pos;
    public Slot.Unary abs;
    public Slot.Unary invert;
    /**
     * Sequence concatenation/repetition fallbacks (CPython's sq_concat/sq_repeat): tried by
     * {@link BinaryOps} for {@code +} and {@code *} after both operands' number slots declined;
     * builtin sequences raise their own messages here ("can only concatenate list (not
     * "tuple") to list", "can't multiply sequence by non-int of type 'float'").
     */
    public Slot.Binary sqConcat;
    public Slot.Binary sqRepeat;
    /** {@code __add__} ...: indexed by {@code BinaryOp.ordinal()} of the plain operators. */
    public final Slot.Binary[] binary = new Slot.Binary[SlotDef.BINARY_OP_COUNT];
    /** {@code __radd__} ...: {@code rbinary[op].apply(self, other)} computes {@code other op self}. */
    public final Slot.Binary[] rbinary = new Slot.Binary[SlotDef.BINARY_OP_COUNT];
    /** {@code __iadd__} ...: in-place forms, tried first by augmented assignment. */
    public final Slot.Binary[] ibinary = new Slot.Binary[SlotDef.BINARY_OP_COUNT];

    /** For builtin types, see {@link TypeSpec}. */
    PyType(String name, Class<? extends PyObject> javaClass, PyType metatype, long flags) {
        this.name = name;
        this.qualname = name;
        this.javaClass = javaClass;
        this.metatype = metatype;
        this.flags = flags;
        this.version = nextVersion();
    }

    @Override
    public PyType type() {
        return metatype;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    /** {@code __module__}: "builtins" for builtin types, else from the class namespace. */
    public String moduleName() {
        if (!isHeapType()) {
            return builtinModule;
        }
        PyObject m = dict().getStr("__module__");
        return m instanceof PyStr ? ((PyStr) m).value : "builtins";
    }

    public PyType[] getBases() {
        return bases.clone();
    }

    public PyType getBase() {
        return base;
    }

    public PyType[] getMro() {
        return mro.clone();
    }

    /** The MRO array itself, for iteration by protocol code; never modify it. */
    PyType[] mroArray() {
        return mro;
    }

    public boolean isHeapType() {
        return (flags & TypeFlags.HEAPTYPE) != 0;
    }

    public boolean hasFlag(long flag) {
        return (flags & flag) != 0;
    }

    /** Whether instances carry a {@code __dict__} (map-backed attribute storage). */
    public boolean hasInstanceDict() {
        return (flags & TypeFlags.HAS_DICT) != 0;
    }

    /** The class namespace (defines a builtin's methods first if needed). */
    public PyDict dict() {
        if (methodDefiner != null) {
            defineMethods();
        }
        return dict;
    }

    /** {@code issubclass(this, other)} by the MRO (no {@code __subclasscheck__}). */
    public boolean isSubtype(PyType other) {
        if (this == other) {
            return true;
        }
        PyType[] m = mro;
        for (PyType t : m) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds {@code name} on the MRO (the class attribute, no descriptor binding), or null.
     * Cached per type until the next {@link #version} change.
     */
    public PyObject lookup(String name) {
        int v = version;
        int slot = name.hashCode() & (METHOD_CACHE_SIZE - 1);
        CacheEntry e = methodCache[slot];
        if (e != null && e.version == v && (e.name == name || e.name.equals(name))) {
            return e.value;
        }
        PyObject found = lookupUncached(name);
        if (v == version) {
            methodCache[slot] = new CacheEntry(name, found, v);
        }
        return found;
    }

    /** {@link #lookup} and the type where it was found, or null. */
    public PyType lookupWhere(String name) {
        for (PyType t : mro) {
            if (t.dict().getStr(name) != null) {
                return t;
            }
        }
        return null;
    }

    private PyObject lookupUncached(String name) {
        for (PyType t : mro) {
            PyObject v = t.dict().getStr(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    // ---- builtin type construction (TypeSpec) ----

    void setMethodDefiner(Consumer<MethodTable> definer) {
        this.methodDefiner = definer;
    }

    private synchronized void defineMethods() {
        Consumer<MethodTable> d = methodDefiner;
        if (d == null) {
            return;
        }
        MethodTable table = new MethodTable(this, dict);
        SlotDef.addWrappers(this, dict);
        d.accept(table);
        methodDefiner = null;
    }

    // ---- mutation and versions ----

    private static synchronized int nextVersion() {
        return ++versionCounter;
    }

    /** Registers a listener told about every type mutation (after the version changed). */
    public static synchronized void addMutationListener(MutationListener l) {
        LISTENERS.add(l);
    }

    /** New version for this type and all its subclasses, and tells the listeners. */
    public void bumpVersion() {
        version = nextVersion();
        MutationListener[] ls;
        synchronized (PyType.class) {
            ls = LISTENERS.toArray(new MutationListener[0]);
        }
        for (MutationListener l : ls) {
            l.typeChanged(this);
        }
        for (PyType sub : subclasses()) {
            sub.bumpVersion();
        }
    }

    /** Live direct subclasses ({@code __subclasses__()}). */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    void addSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.add(new WeakReference<>(sub));
        }
    }

    void removeSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null || r.get() == sub);
        }
    }

    /**
     * {@code setattr(cls, name, value)} / {@code delattr} on the class itself ({@code value} null
     * deletes): updates the namespace, bumps versions, refills the slot behind a dunder.
     * Returns false when deleting an absent name.
     */
    public boolean setClassAttribute(String name, PyObject value) {
        PyDict d = dict();
        boolean had;
        if (value == null) {
            had = d.removeStr(name) != null;
            if (!had) {
                return false;
            }
        } else {
            d.putStr(name, value);
        }
        bumpVersion();
        if (SlotDef.isSlotName(name)) {
            refillSlots(name);
        }
        return true;
    }

    /** Recomputes the slot behind dunder {@code name} here and in all subclasses. */
    void refillSlots(String name) {
        SlotDef.fillOne(this, name);
        for (PyType sub : subclasses()) {
            sub.refillSlots(name);
        }
    }

    // ---- instance layout ----

    /** The map new instances of this (Python) class start from. */
    public ObjectMap rootMap() {
        ObjectMap m = rootMap;
        if (m == null) {
            m = rootMap = ObjectMap.root(this, memberNames);
        }
        return m;
    }

    /** Forget the root map (after {@code __bases__} or {@code __class__} changes layouts). */
    void resetRootMap() {
        rootMap = null;
    }

    /** Number of {@code __slots__} members stored in instances (including bases'). */
    public int memberCount() {
        return memberNames.length;
    }

    @Override
    public String toString() {
        return "<class '" + (isHeapType() ? moduleName() + "." + qualname : name) + "'>";
    }
}
