package org.ramjet.objects.format;

/**
 * What the {@code %}-formatting engine ({@link PercentFormat}) and {@code str.format}
 * ({@link StrFormatMethod}) need from the object model: conversions of arbitrary Python objects
 * and a few type tests. The object model implements it once; this package never sees its
 * classes.
 *
 * <p>Every {@code Object} here is a Python object of the object model. Methods that run Python
 * code ({@code __str__}, {@code __index__}, {@code __getitem__}, ...) may throw the object model's
 * own Python exceptions, which pass through unchanged. Where CPython turns a {@code TypeError}
 * from a conversion into its own message, the method returns {@code null} instead of raising
 * that TypeError (the method says so).
 */
public interface FormatHost {

    /** {@code type(o).__name__}, for error messages. */
    String typeName(Object o);

    /** {@code str(o)}. */
    String str(Object o);

    /** {@code repr(o)} ({@code ascii(o)} is derived from it here). */
    String repr(Object o);

    /** {@code format(o, spec)}: {@code type(o).__format__(o, spec)}, checked to return a str. */
    String format(Object o, String spec);

    /** The items of {@code o} when it is a tuple (or a subclass), else null. */
    Object[] tupleItems(Object o);

    /** CPython's {@code PyMapping_Check}: the type defines {@code __getitem__}. */
    boolean isMapping(Object o);

    /**
     * {@code container[key]}. The key arrives as a Java value to be wrapped as the Python object
     * of that type: {@code String} is a {@code str}, {@code byte[]} a {@code bytes}, {@code Long}
     * an {@code int}. Raises {@code KeyError}/{@code IndexError} as the container does.
     */
    Object getItem(Object container, Object key);

    /** {@code getattr(o, name)}. */
    Object getAttr(Object o, String name);

    /** The text of {@code o} when it is a {@code str} (or a subclass), else null. */
    String strValue(Object o);

    /** The bytes of {@code o} when it is a {@code bytes} or {@code bytearray} (or a subclass), else null. */
    byte[] bytesValue(Object o);

    /**
     * The value of {@code o} when it is an {@code int} (or a subclass, {@code bool} included), as
     * a {@code Long} or {@code BigInteger}; else null.
     */
    Number intValue(Object o);

    /**
     * {@code int(o)} as CPython's {@code %d} asks for it: null when {@code o} is no number
     * ({@code PyNumber_Check} fails: no {@code __index__}, {@code __int__} or {@code __float__}, and
     * not a complex) or when {@code int(o)} raises TypeError; else a {@code Long} or
     * {@code BigInteger}. Other exceptions propagate.
     */
    Number toInt(Object o);

    /** {@code operator.index(o)} as a {@code Long} or {@code BigInteger}; null when it raises TypeError. */
    Number index(Object o);

    /** {@code float(o)} as {@code PyFloat_AsDouble} does it, raising its own TypeError. */
    double toDouble(Object o);

    /**
     * The bytes of {@code o} for {@code b'%s'}: {@code bytes}/{@code bytearray} content,
     * {@code o.__bytes__()} (raising TypeError if that returns no bytes), or the buffer
     * protocol's content; null when {@code o} offers none of these.
     */
    byte[] toBytes(Object o);
}
