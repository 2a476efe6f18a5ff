package org.ramjet.objects;

/**
 * The root of every Python value. Java {@code Object}s and {@code java.lang} boxes never flow
 * through the runtime as Python values: everything on a value stack, in a local, a constant
 * pool or a container is a {@code PyObject}.
 */
public abstract class PyObject {
}
