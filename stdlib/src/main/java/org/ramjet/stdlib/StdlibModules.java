package org.ramjet.stdlib;

import java.io.IOException;
import java.io.InputStream;
import org.ramjet.objects.ModuleRegistry;
import org.ramjet.stdlib.array.ArrayModule;
import org.ramjet.stdlib.builtins.BuiltinsModule;
import org.ramjet.stdlib.collections.CollectionsModule;
import org.ramjet.stdlib.io.IoModule;
import org.ramjet.stdlib.itertools.ItertoolsModule;
import org.ramjet.stdlib.math.MathModule;
import org.ramjet.stdlib.os.OsModule;
import org.ramjet.stdlib.os.PathModule;
import org.ramjet.stdlib.time.TimeModule;
import org.ramjet.stdlib.sys.SysModule;

/**
 * The stdlib's modules: Java modules are registered in the one {@link ModuleRegistry}, one
 * line each ({@link #register}); Python-source modules are resources under
 * {@value #SOURCE_ROOT} ({@code name.py}, or {@code name/__init__.py} for a package), found
 * by the {@link Importer} after the registry. Factories of modules that belong to a run
 * ({@code sys}, {@code builtins}, {@code io}, {@code os}) read {@link SystemState#current()}.
 */
public final class StdlibModules {
    /** Where Python-source standard modules live, as class-path resources. */
    public static final String SOURCE_ROOT = "/org/ramjet/stdlib/lib/";

    private StdlibModules() {}

    static {
        ModuleRegistry.register("builtins", () -> BuiltinsModule.create(SystemState.current()));
        ModuleRegistry.register("sys", () -> SysModule.create(SystemState.current()));
        ModuleRegistry.register("_io", () -> IoModule.create(SystemState.current()));
        ModuleRegistry.register("io", () -> IoModule.create(SystemState.current()));
        ModuleRegistry.register("math", MathModule::create);
        ModuleRegistry.register("time", TimeModule::create);
        ModuleRegistry.register("os", OsModule::create);
        ModuleRegistry.register("posixpath", PathModule::create);
        ModuleRegistry.register("_collections", CollectionsModule::create);
        ModuleRegistry.register("array", ArrayModule::create);
        ModuleRegistry.register("_itertools", ItertoolsModule::create);
    }

    /** Makes sure the registrations above ran (class initialization does the work). */
    public static void register() {
        // the static initializer registers
    }

    /**
     * The source of the Python-source standard module {@code name} ("json", "collections.abc"),
     * or null: {@code [0]} is the resource path used as {@code __file__}, {@code [1]} the bytes;
     * the path ends with {@code /__init__.py} for a package.
     */
    public static Object[] source(String name) {
        String base = SOURCE_ROOT + name.replace('.', '/');
        for (String candidate : new String[] {base + ".py", base + "/__init__.py"}) {
            try (InputStream in = StdlibModules.class.getResourceAsStream(candidate)) {
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
