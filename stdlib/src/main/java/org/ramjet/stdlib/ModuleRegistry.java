package org.ramjet.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.ramjet.objects.PyModule;
import org.ramjet.stdlib.builtins.BuiltinsModule;
import org.ramjet.stdlib.io.IoModule;
import org.ramjet.stdlib.sys.SysModule;

/**
 * The table of built-in modules: name -> factory, one line per module. A factory runs when a
 * program first imports the module (per {@link SystemState}), so start-up pays only for what
 * is used. Python-source modules are not listed: they are resources under
 * {@value #SOURCE_ROOT} ({@code name.py}, or {@code name/__init__.py} for a package), found
 * by the {@link Importer} after this table.
 */
public final class ModuleRegistry {
    /** Creates one built-in module for a run. */
    @FunctionalInterface
    public interface Factory {
        PyModule create(SystemState state);
    }

    /** Where Python-source standard modules live, as class-path resources. */
    public static final String SOURCE_ROOT = "/org/ramjet/stdlib/lib/";

    private static final Map<String, Factory> MODULES = new TreeMap<>();

    static {
        register("builtins", BuiltinsModule::create);
        register("sys", SysModule::create);
        register("_io", IoModule::create);
        register("io", IoModule::create);
    }

    private ModuleRegistry() {}

    /** Adds (or replaces) a built-in module; the embedding API may add its own. */
    public static synchronized void register(String name, Factory factory) {
        MODULES.put(name, factory);
    }

    public static synchronized Factory lookup(String name) {
        return MODULES.get(name);
    }

    /** {@code sys.builtin_module_names}, sorted. */
    public static synchronized java.util.Set<String> names() {
        return Collections.unmodifiableSet(new java.util.TreeSet<>(MODULES.keySet()));
    }

    /**
     * The source of the Python-source standard module {@code name} ("json", "collections.abc"),
     * or null: {@code [0]} is the resource path used as {@code __file__}, {@code [1]} the bytes,
     * and the path ends with {@code /__init__.py} for a package.
     */
    public static Object[] source(String name) {
        String base = SOURCE_ROOT + name.replace('.', '/');
        for (String candidate : new String[] {base + ".py", base + "/__init__.py"}) {
            try (InputStream in = ModuleRegistry.class.getResourceAsStream(candidate)) {
                if (in != null) {
                    return new Object[] {candidate, in.readAllBytes()};
                }
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
