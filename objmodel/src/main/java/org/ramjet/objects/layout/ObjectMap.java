package org.ramjet.objects.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.ramjet.objects.PyType;

/**
 * A map (hidden class): the layout shared by all instances of one type that got the same
 * attributes in the same order. A map is a node in a chain: each node adds one attribute name
 * at the next storage index; the chain ends at the type's root, so one map identity answers both
 * "which type" and "where is attribute X" (PyPy's mapdict, V8's maps).
 *
 * <p>Transitions ("add attribute X") are cached per map, so instances built the same way share
 * maps. The root carries the type's {@code __slots__} members first (they are stored like
 * attributes but are not in {@code __dict__}). An object whose attributes cannot be served by
 * a map (too many attributes, deleting other than the last one, a non-string key in
 * {@code __dict__}) moves to the type's {@linkplain #devolvedMap() devolved map} and keeps its
 * attributes in a real dict from then on.
 *
 * <p>For compiled code: compare {@code obj.map()} with a cached map (this also checks the type),
 * then read {@code obj.slot(index)} with {@code index = map.indexOf(name)} found at cache time.
 * The type's version must still be guarded: a data descriptor added to the class would take
 * precedence over the instance attribute.
 */
public final class ObjectMap {
    /** Past this many attributes an object gives up maps and devolves to a dict. */
    public static final int MAX_ATTRIBUTES = 64;
    private static final int CHAIN_SEARCH_LIMIT = 8;

    private final PyType type;
    private final ObjectMap parent;
    private final String name;
    private final int index;
    private final int size;
    private final int memberCount;
    private final boolean member;
    private final boolean devolved;
    /**
     * null, a single ObjectMap, or a HashMap&lt;String, ObjectMap&gt; that is never modified after
     * publication (copy on write), so {@link #withAttribute} reads it without locking.
     */
    private volatile Object transitions;
    private volatile HashMap<String, Integer> indexCache;
    private ObjectMap devolvedMap;

    private ObjectMap(PyType type, ObjectMap parent, String name, boolean member, boolean devolved) {
        this.type = type;
        this.parent = parent;
        this.name = name;
        this.member = member;
        this.devolved = devolved;
        if (parent == null) {
            this.index = -1;
            this.size = 0;
            this.memberCount = 0;
        } else if (name == null) {
            this.index = -1;
            this.size = parent.size;
            this.memberCount = parent.memberCount;
        } else {
            this.index = parent.size;
            this.size = parent.size + 1;
            this.memberCount = parent.memberCount + (member ? 1 : 0);
        }
    }

    /** The root map of {@code type}: its {@code __slots__} members, no attributes. */
    public static ObjectMap root(PyType type, String[] memberNames) {
        ObjectMap m = new ObjectMap(type, null, null, false, false);
        for (String n : memberNames) {
            m = new ObjectMap(type, m, n, true, false);
        }
        return m;
    }

    public PyType type() {
        return type;
    }

    /** Storage slots used (members plus attributes). */
    public int size() {
        return size;
    }

    /** Leading storage slots holding {@code __slots__} members. */
    public int memberCount() {
        return memberCount;
    }

    /** Number of attributes kept by this map (not members). */
    public int attributeCount() {
        return size - memberCount;
    }

    /** True when instances keep their attributes in a dict instead of map slots. */
    public boolean isDevolved() {
        return devolved;
    }

    /** The name this node added, or null for a root. */
    public String lastName() {
        return name;
    }

    /** The map before the last attribute was added; null at the root. */
    public ObjectMap parent() {
        return parent;
    }

    /** The storage index of attribute or member {@code name}, or -1. */
    public int indexOf(String name) {
        HashMap<String, Integer> cache = indexCache;
        if (cache != null) {
            Integer i = cache.get(name);
            return i == null ? -1 : i;
        }
        int steps = 0;
        for (ObjectMap m = this; m != null; m = m.parent) {
            if (m.name != null && m.name.equals(name)) {
                return m.index;
            }
            if (++steps > CHAIN_SEARCH_LIMIT) {
                return buildIndexCache().getOrDefault(name, -1);
            }
        }
        return -1;
    }

    /** The storage index of a non-member attribute {@code name}, or -1. */
    public int attributeIndexOf(String name) {
        int i = indexOf(name);
        return i >= memberCount ? i : -1;
    }

    private synchronized HashMap<String, Integer> buildIndexCache() {
        HashMap<String, Integer> c = new HashMap<>();
        for (ObjectMap m = this; m != null; m = m.parent) {
            if (m.name != null) {
                c.putIfAbsent(m.name, m.index);
            }
        }
        indexCache = c;
        return c;
    }

    /**
     * The map after adding attribute {@code name} (shared: the same map for every instance that
     * adds it here), or null when the object should devolve instead. Lock-free when the
     * transition exists already, which is the steady state of instance creation.
     */
    public ObjectMap withAttribute(String name) {
        ObjectMap found = transition(transitions, name);
        return found != null ? found : addTransition(name);
    }

    private static ObjectMap transition(Object t, String name) {
        if (t instanceof ObjectMap) {
            ObjectMap only = (ObjectMap) t;
            return only.name.equals(name) ? only : null;
        }
        if (t != null) {
            @SuppressWarnings("unchecked")
            HashMap<String, ObjectMap> table = (HashMap<String, ObjectMap>) t;
            return table.get(name);
        }
        return null;
    }

    private synchronized ObjectMap addTransition(String name) {
        Object t = transitions;
        ObjectMap found = transition(t, name);
        if (found != null) {
            return found;
        }
        if (devolved || attributeCount() >= MAX_ATTRIBUTES) {
            return null;
        }
        ObjectMap next = new ObjectMap(type, this, name, false, false);
        if (t == null) {
            transitions = next;
        } else {
            HashMap<String, ObjectMap> table = new HashMap<>();
            if (t instanceof ObjectMap) {
                table.put(((ObjectMap) t).name, (ObjectMap) t);
            } else {
                @SuppressWarnings("unchecked")
                HashMap<String, ObjectMap> old = (HashMap<String, ObjectMap>) t;
                table.putAll(old);
            }
            table.put(name, next);
            transitions = table;
        }
        return next;
    }

    /** The map of the same type with the same members whose instances keep attributes in a dict. */
    public synchronized ObjectMap devolvedMap() {
        if (devolved) {
            return this;
        }
        ObjectMap members = this;
        while (members.size > members.memberCount) {
            members = members.parent;
        }
        if (members.devolvedMap == null) {
            members.devolvedMap = new ObjectMap(type, members, null, false, true);
        }
        return members.devolvedMap;
    }

    /** Attribute names (members excluded) in insertion order. */
    public String[] attributeNames() {
        String[] out = new String[attributeCount()];
        for (ObjectMap m = this; m != null; m = m.parent) {
            if (m.name != null && !m.member) {
                out[m.index - memberCount] = m.name;
            }
        }
        return out;
    }

    /** Member names in storage order. */
    public List<String> memberNames() {
        List<String> out = new ArrayList<>();
        for (ObjectMap m = this; m != null; m = m.parent) {
            if (m.name != null && m.member) {
                out.add(0, m.name);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ObjectMap(" + type.getName() + ", " + String.join(",", attributeNames())
                + (devolved ? ", devolved" : "") + ")";
    }
}
