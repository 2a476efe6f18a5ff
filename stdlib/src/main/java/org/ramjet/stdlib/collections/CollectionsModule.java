package org.ramjet.stdlib.collections;

import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.PyModule;

/**
 * {@code _collections}: the Java half of {@code collections} ({@code deque}, a ring buffer for
 * speed); the rest of the package is Python source ({@code lib/collections/__init__.py}).
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static PyModule create() {
        ModuleBuilder b = new ModuleBuilder("_collections")
                .doc("High performance data structures.");
        b.value("deque", DequeType.TYPE);
        return b.build();
    }
}
