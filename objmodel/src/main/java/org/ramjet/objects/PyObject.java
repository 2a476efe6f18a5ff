package org.ramjet.objects;

/**
 * The root of every Python value. Java {@code Object}s and {@code java.lang} boxes never flow
 * through the runtime as Python values: everything on a value stack, in a local, a constant
 * pool or a container is a {@code PyObject}.
 *
 * <p>{@link #type()} is the Python type ({@code type(x)}); all behaviour is reached through the
 * type's slots and the protocol classes ({@link Attributes}, {@link Calls}, {@link BinaryOps},
 * ...), never through virtual methods here, so that Python classes can override everything.
 * {@code toString()} is for debugging only; Python's {@code repr} is {@link Repr#repr}.
 */
public abstract class PyObject {
    /** The Python type of this value: {@code type(self)}. */
    public abstract PyType type();
}
