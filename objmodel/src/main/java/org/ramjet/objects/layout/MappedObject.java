package org.ramjet.objects.layout;

import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;

/**
 * An object whose attributes live in map slots: its {@link ObjectMap} (which also names its
 * type), four inline slot fields and an overflow array. Instances of Python classes
 * ({@link org.ramjet.objects.PyInstance}), of subclasses of immutable builtins
 * ({@link org.ramjet.objects.PyValueInstance}), exceptions and functions are mapped objects;
 * instances of Python subclasses of {@code list}/{@code dict}/{@code set} keep one as a
 * companion (see {@link org.ramjet.objects.Attributes#storageOf}).
 *
 * <p>Storage index {@code i} is slot {@code i}: {@code __slots__} members first, then attributes
 * in the order they were added. {@link #instanceDict()} is the object's {@code __dict__}: a real
 * {@code dict} object that reads and writes through the map until the object
 * {@linkplain #devolve() devolves}, after which that same dict holds the attributes.
 */
public abstract class MappedObject extends PyObject {
    private static final PyObject[] NO_SLOTS = new PyObject[0];

    private ObjectMap map;
    private PyObject s0, s1, s2, s3;
    private PyObject[] ext = NO_SLOTS;
    /** The {@code __dict__} once asked for; the attribute storage itself when devolved. */
    private PyDict dict;

    protected MappedObject(PyType type) {
        this.map = type.rootMap();
    }

    @Override
    public final PyType type() {
        return map.type();
    }

    /** The current map: compiled code compares its identity. */
    public final ObjectMap map() {
        return map;
    }

    /** Storage slot {@code i} (a member or attribute value; null when unset). */
    public final PyObject slot(int i) {
        switch (i) {
            case 0: return s0;
            case 1: return s1;
            case 2: return s2;
            case 3: return s3;
            default: return ext[i - 4];
        }
    }

    /** Stores into slot {@code i}, which the current map must already cover. */
    public final void setSlot(int i, PyObject v) {
        switch (i) {
            case 0: s0 = v; break;
            case 1: s1 = v; break;
            case 2: s2 = v; break;
            case 3: s3 = v; break;
            default: ext[i - 4] = v;
        }
    }

    private void ensureCapacity(int size) {
        int need = size - 4;
        if (need > ext.length) {
            PyObject[] n = new PyObject[Math.max(need, ext.length * 2 + 2)];
            System.arraycopy(ext, 0, n, 0, ext.length);
            ext = n;
        }
    }

    /** The value of instance attribute {@code name} (not a member), or null. */
    public final PyObject getAttribute(String name) {
        ObjectMap m = map;
        if (m.isDevolved()) {
            return dict.getStr(name);
        }
        int i = m.attributeIndexOf(name);
        return i < 0 ? null : slot(i);
    }

    /** Sets instance attribute {@code name}, moving to the next map (or devolving). */
    public final void putAttribute(String name, PyObject value) {
        ObjectMap m = map;
        if (m.isDevolved()) {
            dict.putStr(name, value);
            return;
        }
        int i = m.attributeIndexOf(name);
        if (i >= 0) {
            setSlot(i, value);
            return;
        }
        ObjectMap next = m.withAttribute(name);
        if (next == null) {
            devolve();
            dict.putStr(name, value);
            return;
        }
        ensureCapacity(next.size());
        setSlot(next.size() - 1, value);
        map = next;
    }

    /**
     * Removes instance attribute {@code name}; false when absent. Removing the newest attribute
     * steps back to the parent map; removing any other devolves (V8 does the same).
     */
    public final boolean removeAttribute(String name) {
        ObjectMap m = map;
        if (m.isDevolved()) {
            return dict.removeStr(name) != null;
        }
        int i = m.attributeIndexOf(name);
        if (i < 0) {
            return false;
        }
        if (i == m.size() - 1) {
            setSlot(i, null);
            map = m.parent();
            return true;
        }
        devolve();
        return dict.removeStr(name) != null;
    }

    /** {@code __dict__}: the same dict object every time; reads and writes go through the map. */
    public final PyDict instanceDict() {
        PyDict d = dict;
        if (d == null) {
            d = dict = PyDict.viewOf(this);
        }
        return d;
    }

    /** True once attributes live in a real dict. */
    public final boolean isDevolved() {
        return map.isDevolved();
    }

    /** Moves the attributes into a real dict (kept as {@code __dict__}); members stay in slots. */
    public final void devolve() {
        ObjectMap m = map;
        if (m.isDevolved()) {
            return;
        }
        String[] names = m.attributeNames();
        PyObject[] values = new PyObject[names.length];
        int base = m.memberCount();
        for (int k = 0; k < names.length; k++) {
            values[k] = slot(base + k);
            setSlot(base + k, null);
        }
        PyDict d = dict != null ? dict : PyDict.viewOf(this);
        d.detachFromOwner();
        for (int k = 0; k < names.length; k++) {
            d.putStr(names[k], values[k]);
        }
        dict = d;
        map = m.devolvedMap();
    }

    /** Replaces {@code __dict__} wholesale ({@code obj.__dict__ = d}): the object devolves onto {@code d}. */
    public final void replaceDict(PyDict d) {
        ObjectMap m = map;
        for (int k = m.memberCount(); k < m.size(); k++) {
            setSlot(k, null);
        }
        if (dict != null && dict != d && !m.isDevolved()) {
            dict.detachFromOwner(); // an old view keeps a snapshot-free empty dict
        }
        dict = d;
        map = m.devolvedMap();
    }

    /**
     * {@code __class__} assignment to a type with the same members: replays the attributes onto
     * the new type's maps. The caller checks layout compatibility.
     */
    public final void changeType(PyType newType) {
        ObjectMap old = map;
        int members = old.memberCount();
        if (old.isDevolved()) {
            ObjectMap nm = newType.rootMap().devolvedMap();
            map = nm;
            return;
        }
        String[] names = old.attributeNames();
        PyObject[] values = new PyObject[names.length];
        for (int k = 0; k < names.length; k++) {
            values[k] = slot(members + k);
            setSlot(members + k, null);
        }
        map = newType.rootMap();
        for (int k = 0; k < names.length; k++) {
            putAttribute(names[k], values[k]);
        }
    }

    /** Attribute names in insertion order (for {@code dir()} and the dict view). */
    public final String[] attributeNames() {
        if (map.isDevolved()) {
            PyObject[] keys = dict.keysArray();
            String[] out = new String[keys.length];
            int n = 0;
            for (PyObject k : keys) {
                if (k instanceof PyStr) {
                    out[n++] = ((PyStr) k).value;
                }
            }
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        }
        return map.attributeNames();
    }
}
