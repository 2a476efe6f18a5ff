package org.ramjet.objects;

/**
 * Python {@code set} and {@code frozenset} (one Java class, {@link #frozen} tells which): an
 * open-addressing hash table laid out and probed exactly as CPython's {@code setobject.c}
 * (linear probes of 9, then perturbed jumps; the same growth rule), so that iteration order,
 * and therefore {@code print({3, 1, 2})}, matches CPython for the same hashes.
 *
 * <p>The table algorithms ({@link #addEntry}, {@link #discardEntry}, {@link #merge},
 * {@link #resize}) are the ones every set operation in {@link SetType} is built from, in the
 * same combinations as CPython's, since they decide the order of the result.
 */
public class PySet extends PyObject {
    static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a deleted entry (its hash is -1). */
    static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return ObjectType.TYPE;
        }
    };

    PyObject[] keys;
    long[] hashes;
    int mask;
    /** Active plus dummy entries. */
    int fill;
    /** Active entries: the size. */
    int used;
    /** Where {@code pop} starts looking. */
    int finger;
    final boolean frozen;
    /** Cached frozenset hash, -1 when not computed. */
    long hash = -1;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        this.keys = new PyObject[MIN_SIZE];
        this.hashes = new long[MIN_SIZE];
        this.mask = MIN_SIZE - 1;
    }

    /** A new set (or frozenset) of the items of {@code iterable}. */
    public static PySet of(PyObject iterable, boolean frozen) {
        PySet s = new PySet(frozen);
        s.updateFrom(iterable);
        return s;
    }

    @Override
    public PyType type() {
        return frozen ? SetType.FROZENSET : SetType.SET;
    }

    public int size() {
        return used;
    }

    public boolean isFrozen() {
        return frozen;
    }

    // ---- the Java API ----

    public void add(PyObject key) {
        addEntry(key, hashOf(key));
    }

    public boolean contains(PyObject key) {
        return lookup(key, hashOf(key)) >= 0;
    }

    /** Removes {@code key}; false when absent. */
    public boolean discard(PyObject key) {
        return discardEntry(key, hashOf(key));
    }

    /** The active keys in table order. */
    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int i = 0; i <= mask && n < used; i++) {
            PyObject k = keys[i];
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return out;
    }

    /** {@code set.update(iterable)}: sets merge table-wise, dicts by their keys, else iteration. */
    public void updateFrom(PyObject other) {
        if (other instanceof PySet) {
            merge((PySet) other);
            return;
        }
        if (other instanceof PyValueInstance && ((PyValueInstance) other).value instanceof PySet) {
            merge((PySet) ((PyValueInstance) other).value);
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                resize((used + n) * 2);
            }
            for (int p = d.nextPosition(0); p >= 0; p = d.nextPosition(p + 1)) {
                PyObject k = d.keyAt(p);
                addEntry(k, hashOf(k));
            }
            return;
        }
        PyObject it = Iteration.iter(other);
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            add(x);
        }
    }

    static long hashOf(PyObject key) {
        return Hashing.hash(key);
    }

    // ---- the table, as setobject.c ----

    /** Index of the entry holding {@code key}, or -1. */
    int lookup(PyObject key, long hash) {
        long perturb = hash;
        int m = mask;
        int i = (int) (hash & m);
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int e = i;
            do {
                PyObject k = keys[e];
                if (k == null) {
                    return -1;
                }
                if (hashes[e] == hash && k != DUMMY) {
                    if (k == key || keysEqual(k, key)) {
                        if (keys[e] == k) {
                            return e;
                        }
                        return lookup(key, hash);  // the table changed under the comparison
                    }
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private static boolean keysEqual(PyObject a, PyObject b) {
        if (a instanceof PyStr && b instanceof PyStr) {
            return ((PyStr) a).value.equals(((PyStr) b).value);
        }
        return Comparisons.equal(a, b);
    }

    void addEntry(PyObject key, long hash) {
        restart:
        while (true) {
            int m = mask;
            int i = (int) (hash & m);
            int freeslot = -1;
            long perturb = hash;
            PyObject[] table = keys;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int e = i;
                do {
                    PyObject k = keys[e];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            return;
                        }
                        fill++;
                        used++;
                        keys[e] = key;
                        hashes[e] = hash;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (hashes[e] == hash && k != DUMMY) {
                        if (k == key) {
                            return;
                        }
                        if (k instanceof PyStr && key instanceof PyStr) {
                            if (((PyStr) k).value.equals(((PyStr) key).value)) {
                                return;
                            }
                        } else {
                            boolean eq = Comparisons.equal(k, key);
                            if (eq) {
                                return;
                            }
                            if (table != keys || keys[e] != k) {
                                continue restart;
                            }
                        }
                    } else if (k == DUMMY && freeslot < 0) {
                        freeslot = e;
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    boolean discardEntry(PyObject key, long hash) {
        int e = lookup(key, hash);
        if (e < 0) {
            return false;
        }
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        return true;
    }

    private static void insertClean(PyObject[] table, long[] hs, int m, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    void resize(int minused) {
        int newsize = MIN_SIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        int oldMask = mask;
        PyObject[] nk = new PyObject[newsize];
        long[] nh = new long[newsize];
        for (int i = 0; i <= oldMask; i++) {
            PyObject k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(nk, nh, newsize - 1, k, oldHashes[i]);
            }
        }
        keys = nk;
        hashes = nh;
        mask = newsize - 1;
        fill = used;
    }

    /** CPython's set_merge: adds every key of {@code other}. */
    void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, mask + 1);
            System.arraycopy(other.hashes, 0, hashes, 0, mask + 1);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    public void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        finger = 0;
    }

    /** Takes over the table of {@code other} (CPython's set_swap_bodies, one way). */
    void takeBody(PySet other) {
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        finger = 0;
    }

    /** {@code set.pop()}: the first key from the finger on. */
    PyObject pop() {
        if (used == 0) {
            throw PyErrors.keyError("pop from an empty set");
        }
        int e = finger & mask;
        while (keys[e] == null || keys[e] == DUMMY) {
            e++;
            if (e > mask) {
                e = 0;
            }
        }
        PyObject k = keys[e];
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        finger = e + 1;
        return k;
    }

    @Override
    public String toString() {
        return Repr.reprString(this);
    }
}
