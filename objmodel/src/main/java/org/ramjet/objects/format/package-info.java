/**
 * CPython-exact number and string formatting, at the level of Java values ({@code double},
 * {@code long}, {@code BigInteger}, {@code String}); the object model wraps these in its
 * {@code __repr__}, {@code __format__}, {@code __mod__}, {@code int()}, {@code float()} and
 * arithmetic slots. Errors are {@link org.ramjet.objects.format.FormatError}s naming the
 * Python exception class; the object model turns them into real exceptions.
 *
 * <h2>A guided tour</h2>
 * <ul>
 * <li><b>Digits of a double.</b> {@code ShortestDigits} finds the shortest round-trip digits
 *     (Schubfach, no {@code BigInteger} on the path); {@code DoubleDigits} rounds to a number of
 *     significant digits or of digits after the point, as dtoa's modes 2 and 3 do, from the
 *     shortest digits when that is provably exact and from {@code BigDecimal} otherwise.
 *     {@link org.ramjet.objects.format.DoubleToString} lays the digits out like
 *     {@code PyOS_double_to_string}; {@link org.ramjet.objects.format.FloatRepr} is the fast
 *     {@code repr}.
 * <li><b>Format specs.</b> {@link org.ramjet.objects.format.FormatSpec} parses the
 *     mini-language; {@link org.ramjet.objects.format.IntFormat},
 *     {@link org.ramjet.objects.format.FloatFormat},
 *     {@link org.ramjet.objects.format.ComplexFormat} and
 *     {@link org.ramjet.objects.format.StrFormat} are the {@code __format__} methods, sharing
 *     {@code NumberLayout} for signs, padding and digit grouping.
 * <li><b>Templates.</b> {@link org.ramjet.objects.format.PercentFormat} is {@code str % args}
 *     and {@code bytes % args}; {@link org.ramjet.objects.format.FormatTemplate} reads
 *     {@code str.format} templates and {@link org.ramjet.objects.format.StrFormatMethod}
 *     evaluates them. Both reach Python objects through the
 *     {@link org.ramjet.objects.format.FormatHost} that the object model implements.
 * <li><b>Numbers and text.</b> {@link org.ramjet.objects.format.IntText} ({@code str(int)},
 *     {@code int(s, base)}, the max str digits limit), {@link org.ramjet.objects.format.FloatParser}
 *     ({@code float(s)}), {@link org.ramjet.objects.format.FloatHex},
 *     {@link org.ramjet.objects.format.FloatRounding}, {@link org.ramjet.objects.format.StringRepr}
 *     (str and bytes reprs, {@code ascii()}).
 * <li><b>Arithmetic with Python's rules.</b> {@link org.ramjet.objects.format.IntMath} (floor
 *     division, {@code pow} with modulus, correctly rounded true division and conversion to
 *     float, exact float/int comparison), {@link org.ramjet.objects.format.FloatMath},
 *     {@link org.ramjet.objects.format.IntBytes}, {@link org.ramjet.objects.format.NumericHash}.
 * </ul>
 *
 * <p>Everything here is checked against CPython 3.11 by fixtures that
 * {@code tools/gen-format-fixtures.py} writes under {@code src/test/resources/format/}.
 */
package org.ramjet.objects.format;
