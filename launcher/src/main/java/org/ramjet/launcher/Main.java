package org.ramjet.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ramjet.bytecode.PyCode;
import org.ramjet.parser.Parser;
import org.ramjet.parser.SyntaxErrorException;
import org.ramjet.parser.compiler.Compiler;
import org.ramjet.parser.compiler.Disassembler;
import org.ramjet.parser.lexer.SourceText;

/**
 * The {@code ramjet} command: parses the command line as CPython does and dispatches to the
 * developer tools ({@code -X dis}, {@code -X compile-only}) or to the engine that runs Python.
 */
public final class Main {
    static final String VERSION = "3.11.7";

    private Main() {}

    public static void main(String[] argv) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(argv, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line; returns the exit status. */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(argv);
        } catch (UsageError e) {
            err.println(e.getMessage());
            err.println("usage: ramjet [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            err.println("Try `python -h' for more information.");
            return 2;
        }
        XOptions x = new XOptions(cl.xOptions);
        if (x.isOn("help")) {
            out.print(XOptions.help());
            return 0;
        }
        switch (cl.mode) {
            case HELP:
                out.print(Help.TEXT);
                return 0;
            case VERSION:
                out.println(cl.versionLevel > 1
                        ? "Python " + VERSION + " (Ramjet " + Main.class.getPackage().getImplementationVersion() + ", Java " + System.getProperty("java.version") + ")"
                        : "Python " + VERSION);
                return 0;
            default:
                break;
        }
        try {
            int tier = x.getInt("tier");
            if (tier != 0) {
                throw new UsageError("-X tier=" + tier + ": only tier 0 (the interpreter) exists so far;"
                        + " tiers 1 and 2 are not built yet");
            }
            if (x.isOn("compile-only")) {
                return compileOnly(cl, out, err);
            }
            if (x.isOn("dis")) {
                return disassemble(cl, out, err);
            }
        } catch (UsageError e) {
            err.println("ramjet: " + e.getMessage());
            return 2;
        }
        return new ScriptRunner(cl, System.in, out, err).run();
    }

    /** {@code -X compile-only FILE...}: every file must compile. */
    private static int compileOnly(CommandLine cl, PrintStream out, PrintStream err) throws UsageError {
        if (cl.mode != CommandLine.Mode.SCRIPT) {
            throw new UsageError("-X compile-only needs at least one FILE");
        }
        for (String file : cl.args) {
            try {
                compileFile(file);
            } catch (SyntaxErrorException e) {
                err.print(e.format());
                return 1;
            } catch (IOException e) {
                err.println("ramjet: can't open file " + quoted(file) + ": " + describe(e));
                return 1;
            }
        }
        return 0;
    }

    /** {@code -X dis FILE}: the disassembly of every code object in FILE. */
    private static int disassemble(CommandLine cl, PrintStream out, PrintStream err) throws UsageError {
        if (cl.mode != CommandLine.Mode.SCRIPT) {
            throw new UsageError("-X dis needs a FILE");
        }
        try {
            out.print(Disassembler.disassemble(compileFile(cl.target)));
            return 0;
        } catch (SyntaxErrorException e) {
            err.print(e.format());
            return 1;
        } catch (IOException e) {
            err.println("ramjet: can't open file " + quoted(cl.target) + ": " + describe(e));
            return 2;
        }
    }

    static PyCode compileFile(String file) throws IOException {
        SourceText source = SourceText.fromFile(file, Files.readAllBytes(Path.of(file)));
        return Compiler.compile(Parser.parseFile(source), source, Compiler.Mode.EXEC, 0);
    }

    static String quoted(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "[Errno 13] Permission denied";
        }
        return e.getMessage();
    }
}
