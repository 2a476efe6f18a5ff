package org.ramjet.stdlib.array;

import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PyStr;

/**
 * The {@code array} module: {@code array.array} ({@link ArrayType}, values {@link PyArray}
 * storing unboxed elements as described by {@link ElementKind}), {@code ArrayType} and
 * {@code typecodes}.
 */
public final class ArrayModule {
    private ArrayModule() {}

    public static PyModule create() {
        return new ModuleBuilder("array")
                .doc("This module defines an object type which can efficiently represent\n"
                        + "an array of basic values: characters, integers, floating point\n"
                        + "numbers.")
                .value("array", ArrayType.TYPE)
                .value("ArrayType", ArrayType.TYPE)
                .value("typecodes", PyStr.of(ElementKind.TYPECODES))
                .build();
    }
}
