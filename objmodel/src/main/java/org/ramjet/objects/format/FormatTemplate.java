package org.ramjet.objects.format;

/**
 * Reads a {@code str.format} template one part at a time, as CPython's {@code MarkupIterator}
 * does: literal text (with {@code {{} and {@code }}} unescaped) followed, optionally, by one
 * replacement field {@code {field_name!conversion:format_spec}}. Parsing is lazy on purpose:
 * CPython renders each field before it looks at the rest, so an error later in the template
 * comes after the errors (and side effects) of earlier fields.
 *
 * <p>Usage: {@code while (t.next()) { literal(); if (t.hasField()) ... }}. Positions are char
 * indices into the template.
 */
public final class FormatTemplate {
    private final String s;
    private final int end;
    private int pos;

    private int literalStart;
    private int literalEnd;
    private boolean field;
    private int nameStart;
    private int nameEnd;
    private int conversion;
    private int specStart;
    private int specEnd;
    private boolean specNeedsExpanding;

    public FormatTemplate(String template) {
        this(template, 0, template.length());
    }

    FormatTemplate(String s, int start, int end) {
        this.s = s;
        this.pos = start;
        this.end = end;
    }

    /** Advances to the next part; false at the end of the template. */
    public boolean next() {
        field = false;
        conversion = 0;
        specStart = specEnd = 0;
        specNeedsExpanding = false;
        if (pos >= end) {
            return false;
        }
        int start = pos;
        char c = 0;
        boolean markupFollows = false;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markupFollows = true;
                break;
            }
        }
        boolean atEnd = pos >= end;
        int len = pos - start;
        if (c == '}' && (atEnd || c != s.charAt(pos))) {
            throw FormatError.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{') {
            throw FormatError.valueError("Single '{' encountered in format string");
        }
        if (!atEnd) {
            if (c == s.charAt(pos)) {
                // an escaped brace: the literal keeps one of the two
                pos++;
                markupFollows = false;
            } else {
                len--;
            }
        }
        literalStart = start;
        literalEnd = start + len;
        if (markupFollows) {
            field = true;
            parseField();
        }
        return true;
    }

    private void parseField() {
        nameStart = pos;
        char c = 0;
        scan:
        while (pos < end) {
            c = s.charAt(pos++);
            switch (c) {
                case '{':
                    throw FormatError.valueError("unexpected '{' in field name");
                case '[':
                    while (pos < end && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                case '}':
                case ':':
                case '!':
                    break scan;
                default:
                    continue;
            }
        }
        nameEnd = pos - 1;
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (pos >= end) {
                    throw FormatError.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < end) {
                    c = s.charAt(pos++);
                    if (c == '}') {
                        return;
                    }
                    if (c != ':') {
                        throw FormatError.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            specStart = pos;
            int depth = 1;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') {
                    specNeedsExpanding = true;
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (depth == 0) {
                        specEnd = pos - 1;
                        return;
                    }
                }
            }
            throw FormatError.valueError("unmatched '{' in format spec");
        }
        if (c != '}') {
            throw FormatError.valueError("expected '}' before end of string");
        }
    }

    /** The literal text before the field (or up to the end). */
    public String literal() {
        return s.substring(literalStart, literalEnd);
    }

    public boolean hasField() {
        return field;
    }

    /** The field name: {@code ""}, {@code "0"}, {@code "name.attr[key]"}. */
    public String fieldName() {
        return s.substring(nameStart, nameEnd);
    }

    /** The conversion code point ({@code 'r' 's' 'a'}, or anything the user wrote), or 0 for none. */
    public int conversion() {
        return conversion;
    }

    /** The format spec as written, possibly containing nested fields. */
    public String formatSpec() {
        return s.substring(specStart, specEnd);
    }

    /** Whether the format spec contains nested replacement fields to expand first. */
    public boolean formatSpecNeedsExpanding() {
        return specNeedsExpanding;
    }
}
