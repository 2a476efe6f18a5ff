package org.ramjet.objects;

/**
 * Python {@code set} and {@code frozenset}: an open-addressing hash table laid out and probed
 * exactly as CPython's setobject.c (linear probes of 9, then perturbation; the same resize
 * points; dummies on deletion), so iteration order, which programs print, matches CPython's
 * for ints and other values with deterministic hashes.
 *
 * <p>Not final: instances of Python subclasses of {@code set} are {@link PySetInstance};
 * subclasses of {@code frozenset} are {@link PyValueInstance}s wrapping a frozen PySet.
 */
public class PySet extends PyObject {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted entry; never visible to Python code. */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            throw new IllegalStateException("set dummy");
        }
    };

    PyObject[] keys;
    long[] hashes;
    int mask;
    /** Active plus dummy entries. */
    int fill;
    /** Active entries. */
    int used;
    final boolean frozen;
    private long frozenHash = -1;
    /** Position for {@code pop()} (CPython's finger). */
    private int finger;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
    }

    /** A new set ({@code frozen} false) or frozenset of the iterable's items. */
    public static PySet of(boolean frozen, PyObject iterable) {
        PySet s = new PySet(frozen);
        if (iterable != null) {
            s.update(iterable);
        }
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

    // ---- table ----

    private int lookIndex(PyObject key, long hash) {
        PyObject[] ks = keys;
        long[] hs = hashes;
        int m = mask;
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = ks[j];
                if (k == null) {
                    return -1;
                }
                if (hs[j] == hash && k != DUMMY) {
                    if (k == key || Comparisons.equalKeys(k, key)) {
                        return j;
                    }
                    if (ks != keys) {
                        return lookIndex(key, hash); // the table changed under __eq__
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Adds with a known hash (CPython's set_add_entry). */
    void addEntry(PyObject key, long hash) {
        while (true) {
            PyObject[] ks = keys;
            long[] hs = hashes;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            int freeSlot = -1;
            boolean restart = false;
            search:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = ks[j];
                    if (k == null) {
                        if (freeSlot >= 0) {
                            used++;
                            ks[freeSlot] = key;
                            hs[freeSlot] = hash;
                            return;
                        }
                        fill++;
                        used++;
                        ks[j] = key;
                        hs[j] = hash;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (k == DUMMY) {
                        if (freeSlot < 0) {
                            freeSlot = j;
                        }
                    } else if (hs[j] == hash) {
                        if (k == key || Comparisons.equalKeys(k, key)) {
                            return;
                        }
                        if (ks != keys || ks[j] != k) {
                            restart = true;
                            break search;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return;
            }
        }
    }

    private static void insertClean(PyObject[] ks, long[] hs, int m, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (ks[i + j] == null) {
                        ks[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(keys, hashes, mask, k, oldHashes[i]);
            }
        }
    }

    // ---- Java API ----

    void checkMutable() {
        if (frozen) {
            throw new IllegalStateException("frozenset is immutable");
        }
    }

    public void add(PyObject key) {
        addEntry(key, Hashing.hash(key));
    }

    public boolean contains(PyObject key) {
        return lookIndex(key, Hashing.hash(key)) >= 0;
    }

    boolean containsEntry(PyObject key, long hash) {
        return lookIndex(key, hash) >= 0;
    }

    /** Removes {@code key}; false when absent. */
    public boolean discard(PyObject key) {
        return discardEntry(key, Hashing.hash(key));
    }

    boolean discardEntry(PyObject key, long hash) {
        int j = lookIndex(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** {@code set.pop()}: an arbitrary element, or null when empty. */
    public PyObject pop() {
        if (used == 0) {
            return null;
        }
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j = (j + 1) & mask;
        }
        PyObject k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return k;
    }

    public void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** The first active table position at or after {@code pos}, or -1. */
    int nextPosition(int pos) {
        PyObject[] ks = keys;
        for (int j = pos; j < ks.length; j++) {
            if (ks[j] != null && ks[j] != DUMMY) {
                return j;
            }
        }
        return -1;
    }

    PyObject keyAt(int pos) {
        return keys[pos];
    }

    long hashAt(int pos) {
        return hashes[pos];
    }

    /** Elements in iteration order, as a fresh array. */
    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int p = nextPosition(0); p >= 0; p = nextPosition(p + 1)) {
            out[n++] = keys[p];
        }
        return out;
    }

    /** Adds every element of an iterable (CPython's set_update_internal, with its fast paths). */
    public void update(PyObject iterable) {
        PyObject it = iterable instanceof PyValueInstance && ((PyValueInstance) iterable).value instanceof PySet
                ? ((PyValueInstance) iterable).value : iterable;
        if (it instanceof PySet) {
            merge((PySet) it);
            return;
        }
        if (it.getClass() == PyDict.class) {
            PyDict d = (PyDict) it;
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                resize((used + n) * 2);
            }
            for (int p = d.nextPosition(0); p >= 0; p = d.nextPosition(p + 1)) {
                add(d.keyAt(p));
            }
            return;
        }
        PyObject iter = Iteration.iter(it);
        for (PyObject x = Iteration.next(iter); x != null; x = Iteration.next(iter)) {
            add(x);
        }
    }

    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.keys[i];
                if (k != null) {
                    keys[i] = k;
                    hashes[i] = other.hashes[i];
                }
            }
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

    /** CPython's frozenset hash: order-independent xor of shuffled element hashes. */
    long frozenHash() {
        long h = frozenHash;
        if (h != -1) {
            return h;
        }
        long hash = 0;
        for (int p = nextPosition(0); p >= 0; p = nextPosition(p + 1)) {
            hash ^= shuffle(hashes[p]);
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        frozenHash = hash;
        return hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public String toString() {
        return Repr.reprString(this);
    }
}
