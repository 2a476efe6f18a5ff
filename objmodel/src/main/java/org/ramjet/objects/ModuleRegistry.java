package org.ramjet.objects;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The one registry of modules implemented in Java ({@code builtins}, {@code sys}, {@code math},
 * ...): name to factory, created on first import. The import system asks {@link #get}; the
 * stdlib registers its modules at start-up with one line each.
 */
public final class ModuleRegistry {
    private static final Map<String, Supplier<PyModule>> FACTORIES = new ConcurrentHashMap<>();
    private static final Map<String, PyModule> CREATED = new ConcurrentHashMap<>();

    private ModuleRegistry() {}

    /** Registers a module factory (replacing an earlier one of the same name). */
    public static void register(String name, Supplier<PyModule> factory) {
        FACTORIES.put(name, factory);
        CREATED.remove(name);
    }

    /** The module, created on first use; null when no such module is registered. */
    public static PyModule get(String name) {
        PyModule m = CREATED.get(name);
        if (m != null) {
            return m;
        }
        Supplier<PyModule> f = FACTORIES.get(name);
        if (f == null) {
            return null;
        }
        synchronized (ModuleRegistry.class) {
            m = CREATED.get(name);
            if (m == null) {
                m = f.get();
                CREATED.put(name, m);
            }
        }
        return m;
    }

    /**
     * A fresh module from the factory, not cached here: each run of the engine keeps its own
     * modules in its {@code sys.modules}, so one program's changes to a module never reach
     * the next. Null when no such module is registered.
     */
    public static PyModule create(String name) {
        Supplier<PyModule> f = FACTORIES.get(name);
        return f == null ? null : f.get();
    }

    public static boolean isRegistered(String name) {
        return FACTORIES.containsKey(name);
    }

    /** Registered names, sorted ({@code sys.builtin_module_names}). */
    public static String[] names() {
        return new TreeMap<>(FACTORIES).keySet().toArray(new String[0]);
    }
}
