package org.ramjet.stdlib;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an engine run is given from outside: its standard streams (any Java streams, so that the
 * launcher passes the process's and the test harness its own buffers), {@code sys.argv},
 * {@code sys.path}, the environment, the working directory. A plain mutable holder; the
 * launcher fills it from the command line and hands it to {@link SystemState#SystemState}.
 */
public final class SystemConfig {
    public InputStream stdin = InputStream.nullInputStream();
    public OutputStream stdout = OutputStream.nullOutputStream();
    public OutputStream stderr = OutputStream.nullOutputStream();
    /** Whether the streams are terminals: decides line buffering and {@code isatty()}. */
    public boolean stdinIsTty, stdoutIsTty, stderrIsTty;
    /** {@code sys.argv}: the script path first (CPython's conventions: '' for -c, '-c', '-m'). */
    public List<String> argv = new ArrayList<>(List.of(""));
    /** {@code sys.path} (the script's directory first). */
    public List<String> path = new ArrayList<>();
    /** {@code sys.executable}. */
    public String executable = "";
    /** {@code os.environ}. */
    public Map<String, String> environment = new LinkedHashMap<>(System.getenv());
    /** The working directory that relative paths resolve against ({@code os.getcwd()}). */
    public Path cwd = Path.of("").toAbsolutePath();
    /** {@code sys.flags}: -i, -O (count), -B, -s, -E, -I, -q, -v (count), -b (count), -u, -X dev, -X utf8. */
    public int inspect, optimize, dontWriteBytecode = 1, noUserSite, ignoreEnvironment, isolated, quiet, verbose,
            bytesWarning, unbuffered, devMode, utf8Mode, safePath;
    /** {@code sys.warnoptions} and {@code sys._xoptions} sources. */
    public List<String> warnOptions = new ArrayList<>();
    public Map<String, String> xOptions = new LinkedHashMap<>();
    /** {@code sys.orig_argv}. */
    public List<String> origArgv = new ArrayList<>();
    /** The Ramjet version shown in {@code sys.version}. */
    public String ramjetVersion = "0.1.0";
    /** Whether the run is interactive (the REPL): {@code sys.ps1}/{@code ps2} exist. */
    public boolean interactive;

    /** A config with the given streams (not terminals) and defaults for the rest. */
    public static SystemConfig withStreams(InputStream in, OutputStream out, OutputStream err) {
        SystemConfig c = new SystemConfig();
        c.stdin = in;
        c.stdout = out;
        c.stderr = err;
        return c;
    }
}
