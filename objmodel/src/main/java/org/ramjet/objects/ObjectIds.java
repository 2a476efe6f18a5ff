package org.ramjet.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * {@code id(obj)}: a number unique among live objects and stable for an object's lifetime, as
 * CPython's addresses are. Java has no stable addresses, so an object gets the next number of
 * a counter the first time it is asked for, kept in a weak identity map (ids of collected
 * objects may never be reused, which Python allows). {@link Repr#address} shows the same number,
 * so {@code hex(id(o))} appears in {@code repr(o)} as in CPython.
 */
public final class ObjectIds {
    /** Ids look like CPython's heap addresses on 64-bit Linux and are 16-byte aligned. */
    private static final long BASE = 0x7f0000000000L;

    private static final HashMap<Key, Long> IDS = new HashMap<>();
    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static long counter;

    private ObjectIds() {}

    public static synchronized long id(PyObject o) {
        expunge();
        Key probe = new Key(o, null);
        Long id = IDS.get(probe);
        if (id == null) {
            id = BASE + (++counter << 4);
            IDS.put(new Key(o, QUEUE), id);
        }
        return id;
    }

    private static void expunge() {
        for (Object r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            IDS.remove(r);
        }
    }

    /** A weak key compared by the identity of its referent. */
    private static final class Key extends WeakReference<PyObject> {
        private final int hash;

        Key(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key)) {
                return false;
            }
            PyObject mine = get();
            return mine != null && mine == ((Key) other).get();
        }
    }
}
