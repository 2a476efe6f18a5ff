package org.ramjet.stdlib.itertools;

import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.PyModule;

/**
 * {@code _itertools}: the Java half of {@code itertools} (the iterators that sit in hot loops);
 * the rest is Python source ({@code lib/itertools.py}), which re-exports these.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    public static PyModule create() {
        ModuleBuilder b = new ModuleBuilder("_itertools")
                .doc("Java implementations of the hot itertools iterators.");
        b.value("islice", PyIslice.TYPE);
        b.value("count", PyCount.TYPE);
        return b.build();
    }
}
