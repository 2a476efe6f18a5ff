package org.ramjet.objects;

import java.util.Arrays;
import org.ramjet.objects.layout.MappedObject;

/**
 * Python {@code dict}: an insertion-ordered hash table laid out like CPython's compact dict (a
 * sparse index array into dense entry arrays), so iteration order, the "changed size during
 * iteration" checks and {@code popitem} order are CPython's.
 *
 * <p>A dict can also be the {@code __dict__} <em>view</em> of a {@link MappedObject}: while
 * {@code owner} is set, string-keyed reads and writes go to the object's map slots; any
 * operation a map cannot serve (a non-string key, {@code popitem}, ...) first
 * {@linkplain MappedObject#devolve() devolves} the object, after which this dict owns the
 * attributes.
 *
 * <p>Not final: instances of Python subclasses of {@code dict} are {@link PyDictInstance}.
 * Java callers use {@link #get}/{@link #put}/{@link #remove} (raising TypeError for unhashable
 * keys) and the {@code ...Str} variants for string keys (no allocation).
 */
public class PyDict extends PyObject {
    private static final int EMPTY = -1, DUMMY = -2;
    private static final int MIN_SIZE = 8;

    private int[] index;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Live entries. */
    private int used;
    /** Entry slots consumed (live and deleted): the next entry goes here. */
    private int filled;
    /** Non-null while this dict is a view of a mapped object's attributes. */
    private MappedObject owner;
    /**
     * Changes whenever a key is added or removed or a value replaced (not on resizes), so a
     * cache of a look-up (the interpreter's LOAD_GLOBAL) is valid while it is unchanged. Not
     * meaningful for a {@linkplain #isView() view}, whose owner changes behind its back.
     */
    public int version;

    public PyDict() {
        allocate(MIN_SIZE);
    }

    /** A dict with room for {@code n} entries before resizing. */
    public PyDict(int n) {
        int size = MIN_SIZE;
        while (size * 2 < n * 3) {
            size <<= 1;
        }
        allocate(size);
    }

    /** The {@code __dict__} view of a mapped object (see {@link MappedObject#instanceDict}). */
    public static PyDict viewOf(MappedObject owner) {
        PyDict d = new PyDict();
        d.owner = owner;
        return d;
    }

    /** For {@link MappedObject#devolve}: stop being a view; the caller refills this dict. */
    public void detachFromOwner() {
        owner = null;
        allocate(MIN_SIZE);
        used = 0;
        filled = 0;
    }

    @Override
    public PyType type() {
        return DictType.TYPE;
    }

    /** Whether this dict is the live {@code __dict__} view of a mapped object ({@link #version} does not apply). */
    public boolean isView() {
        return owner != null;
    }

    private void allocate(int size) {
        version++;
        index = new int[size];
        Arrays.fill(index, EMPTY);
        int cap = size * 2 / 3;
        hashes = new long[cap];
        keys = new PyObject[cap];
        values = new PyObject[cap];
    }

    private void devolveOwner() {
        if (owner != null) {
            owner.devolve();
        }
    }

    // ---- size ----

    public int size() {
        if (owner != null) {
            return owner.isDevolved() ? sizeDevolvedFallback() : owner.map().attributeCount();
        }
        return used;
    }

    private int sizeDevolvedFallback() {
        // devolve() detaches this dict before the owner's map changes; reaching here means the
        // owner was devolved onto another dict (__dict__ replaced): this view is empty.
        return 0;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    // ---- look-up ----

    /** The entry index of {@code key}, or -1. May call Python {@code __eq__}. */
    private int find(PyObject key, long hash) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) {
                    return ix;
                }
                if (hashes[ix] == hash && Comparisons.equalKeys(k, key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    private int findStr(String key, long hash) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash) {
                PyObject k = keys[ix];
                if (k instanceof PyStr ? ((PyStr) k).value.equals(key)
                        : Comparisons.equalKeys(k, PyStr.of(key))) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    /** The value for {@code key}, or null. Raises TypeError for an unhashable key. */
    public PyObject get(PyObject key) {
        if (key instanceof PyStr) {
            return getStr(((PyStr) key).value);
        }
        long h = Hashing.hash(key);
        if (owner != null) {
            return null;
        }
        int ix = find(key, h);
        return ix < 0 ? null : values[ix];
    }

    /** The value for string key {@code key}, or null. */
    public PyObject getStr(String key) {
        if (owner != null) {
            return owner.isDevolved() ? null : owner.getAttribute(key);
        }
        int ix = findStr(key, PyStr.hashOf(key));
        return ix < 0 ? null : values[ix];
    }

    public boolean containsKey(PyObject key) {
        return get(key) != null;
    }

    // ---- insertion ----

    /** {@code d[key] = value}. */
    public void put(PyObject key, PyObject value) {
        if (key instanceof PyStr) {
            putStr(((PyStr) key).value, value, (PyStr) key);
            return;
        }
        long h = Hashing.hash(key);
        devolveOwner();
        int ix = find(key, h);
        if (ix >= 0) {
            values[ix] = value;
            version++;
        } else {
            insertNew(key, h, value);
        }
    }

    public void putStr(String key, PyObject value) {
        putStr(key, value, null);
    }

    private void putStr(String key, PyObject value, PyStr keyObject) {
        if (owner != null) {
            owner.putAttribute(key, value);
            return;
        }
        long h = PyStr.hashOf(key);
        int ix = findStr(key, h);
        if (ix >= 0) {
            values[ix] = value;
            version++;
        } else {
            insertNew(keyObject != null ? keyObject : PyStr.of(key), h, value);
        }
    }

    /** {@code d.setdefault(key, value)}: the existing value, or {@code value} after inserting it. */
    public PyObject setDefault(PyObject key, PyObject value) {
        PyObject old = get(key);
        if (old != null) {
            return old;
        }
        put(key, value);
        return value;
    }

    private void insertNew(PyObject key, long hash, PyObject value) {
        if (filled == keys.length) {
            resize(used * 3);
        }
        int e = filled++;
        hashes[e] = hash;
        keys[e] = key;
        values[e] = value;
        used++;
        version++;
        insertIndex(hash, e);
    }

    private void insertIndex(long hash, int entry) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        idx[i] = entry;
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size * 2 / 3 <= Math.max(minUsed, used)) {
            size <<= 1;
        }
        long[] oh = hashes;
        PyObject[] ok = keys, ov = values;
        int of = filled;
        allocate(size);
        int n = 0;
        for (int e = 0; e < of; e++) {
            if (ok[e] != null) {
                hashes[n] = oh[e];
                keys[n] = ok[e];
                values[n] = ov[e];
                insertIndex(oh[e], n);
                n++;
            }
        }
        filled = n;
    }

    // ---- removal ----

    /** Removes {@code key}; its value, or null when absent. */
    public PyObject remove(PyObject key) {
        if (key instanceof PyStr) {
            return removeStr(((PyStr) key).value);
        }
        long h = Hashing.hash(key);
        if (owner != null) {
            return null;
        }
        return removeEntry(find(key, h));
    }

    public PyObject removeStr(String key) {
        if (owner != null) {
            if (owner.isDevolved()) {
                return null;
            }
            PyObject old = owner.getAttribute(key);
            if (old != null) {
                owner.removeAttribute(key);
            }
            return old;
        }
        return removeEntry(findStr(key, PyStr.hashOf(key)));
    }

    private PyObject removeEntry(int ix) {
        if (ix < 0) {
            return null;
        }
        PyObject old = values[ix];
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = hashes[ix];
        int i = (int) perturb & mask;
        while (idx[i] != ix) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        idx[i] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        return old;
    }

    public void clear() {
        if (owner != null) {
            devolveOwner();
        }
        allocate(MIN_SIZE);
        used = 0;
        filled = 0;
    }

    /** {@code popitem()}: removes and returns the last inserted entry as {key, value}, or null if empty. */
    public PyObject[] popLast() {
        devolveOwner();
        for (int e = filled - 1; e >= 0; e--) {
            if (keys[e] != null) {
                PyObject[] kv = {keys[e], values[e]};
                removeEntry(e);
                filled = e;
                return kv;
            }
        }
        return null;
    }

    // ---- iteration by position ----

    /**
     * The first live entry position at or after {@code pos}, or -1. Positions are stable until
     * the dict is resized; iterators compare {@link #size()} to detect mutation.
     */
    public int nextPosition(int pos) {
        if (owner != null) {
            return pos < size() ? pos : -1;
        }
        for (int e = pos; e < filled; e++) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** The last live entry position at or before {@code pos}, or -1 (reverse iteration). */
    public int prevPosition(int pos) {
        if (owner != null) {
            return Math.min(pos, size() - 1);
        }
        for (int e = Math.min(pos, filled - 1); e >= 0; e--) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** One past the last entry position (start of reverse iteration). */
    public int endPosition() {
        return owner != null ? size() : filled;
    }

    public PyObject keyAt(int pos) {
        if (owner != null) {
            return PyStr.of(owner.map().attributeNames()[pos]);
        }
        return keys[pos];
    }

    public PyObject valueAt(int pos) {
        if (owner != null) {
            return owner.slot(owner.map().memberCount() + pos);
        }
        return values[pos];
    }

    /** Keys in order, as a fresh array. */
    public PyObject[] keysArray() {
        PyObject[] out = new PyObject[size()];
        int n = 0;
        for (int p = nextPosition(0); p >= 0; p = nextPosition(p + 1)) {
            out[n++] = keyAt(p);
        }
        return out;
    }

    /** Values in order, as a fresh array. */
    public PyObject[] valuesArray() {
        PyObject[] out = new PyObject[size()];
        int n = 0;
        for (int p = nextPosition(0); p >= 0; p = nextPosition(p + 1)) {
            out[n++] = valueAt(p);
        }
        return out;
    }

    /** {@code d.update(other)} for another dict. */
    public void putAll(PyDict other) {
        for (int p = other.nextPosition(0); p >= 0; p = other.nextPosition(p + 1)) {
            put(other.keyAt(p), other.valueAt(p));
        }
    }

    /** A shallow copy (always a plain dict with its own storage). */
    public PyDict copy() {
        PyDict d = new PyDict(size());
        d.putAll(this);
        return d;
    }

    @Override
    public String toString() {
        return Repr.reprString(this);
    }
}
