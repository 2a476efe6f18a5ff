package org.ramjet.objects;

/** An object whose attributes live in a plain dict that is its {@code __dict__} (modules). */
public interface HasDict {
    PyDict getDict();
}
