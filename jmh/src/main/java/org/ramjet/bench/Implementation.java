package org.ramjet.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One Python implementation to measure, given on the command line as {@code NAME=COMMAND}
 * ({@code cpython=python3}, {@code tier1="./ramjet -X tier=1"}). The command is split into words
 * like a shell would; leading {@code VAR=value} words, with or without a leading {@code env},
 * become environment settings of every run instead of words, so the executable is known and
 * can be checked before anything runs.
 */
public final class Implementation {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.+-]*");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

    private final String name;
    private final String commandLine;
    private final Map<String, String> environment;
    private final List<String> command;

    private Implementation(String name, String commandLine, Map<String, String> environment, List<String> command) {
        this.name = name;
        this.commandLine = commandLine;
        this.environment = Collections.unmodifiableMap(environment);
        this.command = List.copyOf(command);
    }

    /** Whether a command-line argument names an implementation ({@code NAME=...}) rather than a program. */
    public static boolean looksLikeSpec(String argument) {
        int eq = argument.indexOf('=');
        return eq > 0 && NAME.matcher(argument.substring(0, eq)).matches();
    }

    /** Parses {@code NAME=COMMAND}. */
    public static Implementation parseSpec(String argument) {
        int eq = argument.indexOf('=');
        if (!looksLikeSpec(argument)) {
            throw new IllegalArgumentException("an implementation is NAME=COMMAND, got: " + argument);
        }
        return of(argument.substring(0, eq), argument.substring(eq + 1));
    }

    /** The implementation {@code name} run by {@code commandLine}. */
    public static Implementation of(String name, String commandLine) {
        List<String> words = new ArrayList<>(ShellWords.split(commandLine));
        Map<String, String> env = new LinkedHashMap<>();
        takeAssignments(words, env);
        if (!words.isEmpty() && words.get(0).equals("env")) {
            words.remove(0);
            takeAssignments(words, env);
            if (!words.isEmpty() && words.get(0).startsWith("-")) {
                throw new IllegalArgumentException(name + ": options of `env` are not supported: " + commandLine);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty command: '" + commandLine + "'");
        }
        return new Implementation(name, commandLine, env, words);
    }

    private static void takeAssignments(List<String> words, Map<String, String> env) {
        while (!words.isEmpty() && ASSIGNMENT.matcher(words.get(0)).matches()) {
            String w = words.remove(0);
            int eq = w.indexOf('=');
            env.put(w.substring(0, eq), w.substring(eq + 1));
        }
    }

    public String name() {
        return name;
    }

    /** The command exactly as the user gave it. */
    public String commandLine() {
        return commandLine;
    }

    /** The program to start: the first word after any environment settings. */
    public String executable() {
        return command.get(0);
    }

    /** Environment variables set for every run. */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * The environment of a benchmark run: this implementation's settings, and no {@code .pyc}
     * files written beside the programs (the warm-up driver imports them as modules).
     */
    public Map<String, String> runEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.putAll(environment);
        return env;
    }

    /** The command words followed by {@code arguments}. */
    public List<String> commandWith(List<String> arguments) {
        List<String> all = new ArrayList<>(command);
        all.addAll(arguments);
        return all;
    }

    /** The same implementation started through {@code path} instead of its executable. */
    public Implementation withExecutable(String path) {
        List<String> words = new ArrayList<>(command);
        words.set(0, path);
        return new Implementation(name, commandLine, new LinkedHashMap<>(environment), words);
    }

    /** The command as it will run, environment settings first, quoted for a shell. */
    public String effectiveCommandLine() {
        List<String> words = new ArrayList<>();
        environment.forEach((k, v) -> words.add(k + "=" + v));
        words.addAll(command);
        return ShellWords.join(words);
    }

    @Override
    public String toString() {
        return name + "=" + commandLine;
    }
}
