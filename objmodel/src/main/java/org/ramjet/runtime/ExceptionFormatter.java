package org.ramjet.runtime;

import org.ramjet.objects.PyBaseException;
import org.ramjet.objects.Repr;

/**
 * Formats an exception with its traceback as CPython prints it ({@code Traceback (most recent
 * call last): ...}): what {@code sys.excepthook} and {@code traceback}-like code in the stdlib
 * use. The interpreter owns tracebacks, so the launcher registers its formatter ({@link #set});
 * the default prints only the last line.
 */
@FunctionalInterface
public interface ExceptionFormatter {
    /** The full report, ending with a newline. */
    String format(PyBaseException exc);

    static ExceptionFormatter get() {
        return Holder.formatter;
    }

    static void set(ExceptionFormatter formatter) {
        Holder.formatter = formatter;
    }

    /** "TypeError: message" (or just the class name when str(exc) is empty). */
    static String lastLine(PyBaseException exc) {
        String name = exc.type().getName();
        String module = exc.type().moduleName();
        if (module != null && !module.equals("builtins") && !module.equals("__main__")) {
            name = module + "." + name;
        }
        String msg = Repr.strString(exc);
        return msg.isEmpty() ? name + "\n" : name + ": " + msg + "\n";
    }

    /** Where the registration lives (interfaces cannot have mutable static fields). */
    final class Holder {
        static volatile ExceptionFormatter formatter = ExceptionFormatter::lastLine;

        private Holder() {}
    }
}
