package org.ramjet.objects.format;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}: evaluates a template
 * read by {@link FormatTemplate}, with CPython's rules and messages for automatic versus manual
 * field numbering, attribute and index lookups in field names ({@code {0.real}},
 * {@code {a[key]}}, {@code {b[0]}}), conversions {@code !r !s !a}, and format specs with nested
 * fields ({@code {:>{width}}}, two levels deep at most). Objects are reached through the
 * {@link FormatHost}.
 */
public final class StrFormatMethod {
    private StrFormatMethod() {
    }

    /** {@code template.format(*args, **kwargs)}; {@code kwargs} is null when none were given. */
    public static String format(String template, Object[] args, Object kwargs, FormatHost host) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        new Evaluator(args, kwargs, host).build(out, template, 2);
        return out.toString();
    }

    /** {@code template.format_map(mapping)}: positional fields are an error. */
    public static String formatMap(String template, Object mapping, FormatHost host) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        new Evaluator(null, mapping, host).build(out, template, 2);
        return out.toString();
    }

    private enum Numbering { INIT, AUTO, MANUAL }

    private static final class Evaluator {
        private final Object[] args;
        private final Object kwargs;
        private final FormatHost host;
        private Numbering numbering = Numbering.INIT;
        private int nextAuto;

        Evaluator(Object[] args, Object kwargs, FormatHost host) {
            this.args = args;
            this.kwargs = kwargs;
            this.host = host;
        }

        void build(StringBuilder out, String template, int depth) {
            if (depth <= 0) {
                throw FormatError.valueError("Max string recursion exceeded");
            }
            FormatTemplate t = new FormatTemplate(template);
            while (t.next()) {
                out.append(t.literal());
                if (t.hasField()) {
                    field(out, t, depth);
                }
            }
        }

        private void field(StringBuilder out, FormatTemplate t, int depth) {
            Object obj = lookup(t.fieldName());
            String converted = null;
            int conversion = t.conversion();
            if (conversion != 0) {
                switch (conversion) {
                    case 'r': converted = host.repr(obj); break;
                    case 's': converted = host.str(obj); break;
                    case 'a': converted = StringRepr.escapeNonAscii(host.repr(obj)); break;
                    default:
                        throw FormatError.valueError("Unknown conversion specifier "
                                + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                                : "\\x" + Integer.toHexString(conversion)));
                }
            }
            String spec = t.formatSpec();
            if (t.formatSpecNeedsExpanding()) {
                StringBuilder expanded = new StringBuilder();
                build(expanded, spec, depth - 1);
                spec = expanded.toString();
            }
            out.append(converted != null ? StrFormat.format(converted, spec, "str") : host.format(obj, spec));
        }

        /** The object a field name denotes: an argument, then its attributes and items. */
        private Object lookup(String name) {
            int n = name.length();
            int i = 0;
            while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                i++;
            }
            String first = name.substring(0, i);
            long index = integerOrMinusOne(first);
            boolean empty = first.isEmpty();
            boolean numeric = empty || index != -1;
            if (numeric) {
                if (numbering == Numbering.INIT) {
                    numbering = empty ? Numbering.AUTO : Numbering.MANUAL;
                }
                if (numbering == Numbering.MANUAL && empty) {
                    throw FormatError.valueError("cannot switch from manual field specification to automatic "
                            + "field numbering");
                }
                if (numbering == Numbering.AUTO && !empty) {
                    throw FormatError.valueError("cannot switch from automatic field numbering to manual field "
                            + "specification");
                }
                if (empty) {
                    index = nextAuto++;
                }
            }
            Object obj;
            if (index == -1) {
                if (kwargs == null) {
                    throw FormatError.keyError(first);
                }
                obj = host.getItem(kwargs, first);
            } else {
                if (args == null) {
                    throw FormatError.valueError("Format string contains positional fields");
                }
                if (index >= args.length) {
                    throw FormatError.indexError("Replacement index " + index
                            + " out of range for positional args tuple");
                }
                obj = args[(int) index];
            }
            while (i < n) {
                char c = name.charAt(i++);
                int start = i;
                boolean attribute;
                if (c == '.') {
                    attribute = true;
                    while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                        i++;
                    }
                } else if (c == '[') {
                    attribute = false;
                    while (i < n && name.charAt(i) != ']') {
                        i++;
                    }
                    if (i >= n) {
                        throw FormatError.valueError("Missing ']' in format string");
                    }
                    i++;
                } else {
                    throw FormatError.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                String part = name.substring(start, attribute ? i : i - 1);
                long partIndex = attribute ? -1 : integerOrMinusOne(part);
                if (part.isEmpty()) {
                    throw FormatError.valueError("Empty attribute in format string");
                }
                if (attribute) {
                    obj = host.getAttr(obj, part);
                } else if (partIndex == -1) {
                    obj = host.getItem(obj, part);
                } else {
                    obj = host.getItem(obj, partIndex);
                }
            }
            return obj;
        }

        /** Decimal digits (any script) as a number; -1 when empty or not all digits. */
        private static long integerOrMinusOne(String s) {
            if (s.isEmpty()) {
                return -1;
            }
            long acc = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                int d = UnicodeChars.decimalValue(cp);
                if (d < 0) {
                    return -1;
                }
                if (acc > (Long.MAX_VALUE - d) / 10) {
                    throw FormatError.valueError("Too many decimal digits in format string");
                }
                acc = acc * 10 + d;
            }
            return acc;
        }
    }
}
