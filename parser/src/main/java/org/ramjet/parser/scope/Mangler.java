package org.ramjet.parser.scope;

/** Private name mangling: inside {@code class C}, {@code __x} means {@code _C__x}. */
public final class Mangler {
    private Mangler() {}

    /** {@code name} as seen inside the class named {@code privateName} (null outside classes). */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }
}
