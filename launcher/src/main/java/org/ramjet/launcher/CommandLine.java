package org.ramjet.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line, parsed with CPython's conventions: single-letter options may be bundled
 * ({@code -uq}), {@code -c}/{@code -m} end the option list and take the rest as {@code sys.argv},
 * {@code -X key[=value]} sets an implementation option (Ramjet's tiering flags live there).
 */
final class CommandLine {
    /** What to run. */
    enum Mode { SCRIPT, COMMAND, MODULE, STDIN, HELP, VERSION }

    Mode mode = Mode.STDIN;
    /** The script path, the -c command or the -m module name. */
    String target;
    /** {@code sys.argv[1:]}. */
    final List<String> args = new ArrayList<>();
    final Map<String, String> xOptions = new LinkedHashMap<>();
    final List<String> warningOptions = new ArrayList<>();
    int versionLevel;
    int optimize;
    boolean inspect, unbuffered, quiet, ignoreEnvironment, noUserSite, dontWriteBytecode,
            isolated, safePath, noSite, verbose, skipFirstLine;

    static CommandLine parse(String[] argv) throws UsageError {
        CommandLine cl = new CommandLine();
        int i = 0;
        while (i < argv.length) {
            String arg = argv[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            i++;
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("--")) {
                switch (arg) {
                    case "--help": case "--help-all": cl.mode = Mode.HELP; return cl;
                    case "--version": cl.versionLevel++; continue;
                    case "--help-xoptions": cl.mode = Mode.HELP; cl.xOptions.put("help", ""); return cl;
                    default: throw new UsageError("unknown option " + arg);
                }
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                switch (c) {
                    case 'c': case 'm': case 'W': case 'X': {
                        String value;
                        if (j + 1 < arg.length()) {
                            value = arg.substring(j + 1);
                        } else if (i < argv.length) {
                            value = argv[i++];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option");
                        }
                        if (c == 'c' || c == 'm') {
                            cl.mode = c == 'c' ? Mode.COMMAND : Mode.MODULE;
                            cl.target = value;
                            finishArgs(cl, argv, i, c == 'c' ? "-c" : null);
                            return cl;
                        }
                        if (c == 'W') {
                            cl.warningOptions.add(value);
                        } else {
                            int eq = value.indexOf('=');
                            cl.xOptions.put(eq < 0 ? value : value.substring(0, eq), eq < 0 ? "" : value.substring(eq + 1));
                        }
                        j = arg.length();
                        break;
                    }
                    case 'h': case '?': cl.mode = Mode.HELP; return cl;
                    case 'V': cl.versionLevel++; break;
                    case 'O': cl.optimize++; break;
                    case 'i': cl.inspect = true; break;
                    case 'u': cl.unbuffered = true; break;
                    case 'q': cl.quiet = true; break;
                    case 'E': cl.ignoreEnvironment = true; break;
                    case 's': cl.noUserSite = true; break;
                    case 'S': cl.noSite = true; break;
                    case 'B': cl.dontWriteBytecode = true; break;
                    case 'I': cl.isolated = true; cl.ignoreEnvironment = true; cl.noUserSite = true; break;
                    case 'P': cl.safePath = true; break;
                    case 'v': cl.verbose = true; break;
                    case 'x': cl.skipFirstLine = true; break;
                    case 'b': case 'd': break; // accepted, no effect (as in a release build)
                    default: throw new UsageError("Unknown option: -" + c);
                }
            }
        }
        if (cl.versionLevel > 0) {
            cl.mode = Mode.VERSION;
            return cl;
        }
        if (i < argv.length) {
            String first = argv[i++];
            cl.mode = first.equals("-") ? Mode.STDIN : Mode.SCRIPT;
            cl.target = first;
            finishArgs(cl, argv, i, first);
        } else {
            cl.mode = Mode.STDIN;
            cl.args.add("");
        }
        return cl;
    }

    /** sys.argv: argv[0] first (the script, "-c", or the module path filled in later), then the rest. */
    private static void finishArgs(CommandLine cl, String[] argv, int from, String argv0) {
        cl.args.add(argv0);
        for (int k = from; k < argv.length; k++) {
            cl.args.add(argv[k]);
        }
    }
}
