package org.ramjet.stdlib.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.Calls;
import org.ramjet.objects.Ints;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.Signature;
import org.ramjet.objects.Strs;
import org.ramjet.stdlib.Args;

/**
 * {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
 * closefd=True, opener=None)}: validates as CPython's {@code _io.open} does (in the same
 * order, so the same error wins), opens the file, and stacks FileIO, a buffered object and,
 * in text mode, a TextIOWrapper.
 */
public final class OpenFunction {
    static final Signature SIGNATURE = Signature.parse(
            "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)");

    /** Resolves relative paths (the launcher's working directory; settable for embedding). */
    public interface PathResolver {
        Path resolve(String path);
    }

    /** The standard streams by descriptor, for {@code open(0)}... */
    public interface StandardStreams {
        RawStream byDescriptor(int fd);
    }

    private OpenFunction() {}

    public static PyObject open(PyObject[] a, int off, int npos, String[] kw, PathResolver paths,
                                StandardStreams std) {
        PyObject[] b = SIGNATURE.bind("open", "open", a, off, npos, kw);
        PyObject file = b[0];
        String mode = b[1] == null ? "r" : Args.str(b[1], "open() argument 'mode'");
        long buffering = b[2] == null ? -1 : Args.index(b[2]);
        String encoding = optionalStr(b[3], "encoding");
        String errors = optionalStr(b[4], "errors");
        String newline = optionalStr(b[5], "newline");
        boolean closefd = Args.bool(b[6], true);
        PyObject opener = b[7] == PyNone.NONE ? null : b[7];

        boolean creating = false, reading = false, writing = false, appending = false, updating = false;
        boolean text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
                default: throw PyErrors.valueError("invalid mode: '%s'", mode);
            }
            if (mode.indexOf(c, i + 1) >= 0) {
                throw PyErrors.valueError("invalid mode: '%s'", mode);
            }
        }
        if (text && binary) {
            throw PyErrors.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw PyErrors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PyErrors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyErrors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PyErrors.valueError("binary mode doesn't take a newline argument");
        }
        if (kinds == 0) {
            throw PyErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        String rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "");
        String fileIoMode = creating ? (updating ? "xb+" : "xb") : reading ? (updating ? "rb+" : "rb")
                : writing ? (updating ? "rb+" : "wb") : (updating ? "ab+" : "ab");

        PyFileIO raw = openRaw(file, rawMode, fileIoMode, closefd, opener, paths, std);
        boolean lineBuffering = false;
        if (buffering == 1 || (buffering < 0 && raw.raw.isatty())) {
            buffering = -1;
            lineBuffering = true;
        }
        if (buffering < 0) {
            buffering = PyBuffered.DEFAULT_BUFFER_SIZE;
        }
        if (buffering == 0) {
            if (binary) {
                return raw;
            }
            raw.close();
            throw PyErrors.valueError("can't have unbuffered text I/O");
        }
        boolean canRead = reading || updating, canWrite = !reading || updating;
        PyBuffered buffer = new PyBuffered(PyBuffered.typeFor(canRead, canWrite), raw, (int) buffering);
        if (binary) {
            return buffer;
        }
        try {
            checkNewline(newline);
            PyTextIO t = new PyTextIO(buffer, encoding == null ? "UTF-8" : encoding,
                    errors == null ? "strict" : errors, newline, lineBuffering);
            t.mode = PyStr.of(mode);
            return t;
        } catch (RuntimeException e) {
            buffer.close();
            throw e;
        }
    }

    private static String optionalStr(PyObject o, String what) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!Strs.isStr(o)) {
            throw PyErrors.typeError("open() argument '%s' must be str or None, not %s", what, o.type().getName());
        }
        return Strs.value(o);
    }

    /** "illegal newline value: x". */
    public static void checkNewline(String nl) {
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PyErrors.valueError("illegal newline value: %s", nl);
        }
    }

    /** The path of a str, bytes or os.PathLike argument. */
    public static String fsPath(PyObject file) {
        if (Strs.isStr(file)) {
            return Strs.value(file);
        }
        if (file instanceof PyBytes) {
            return new String(org.ramjet.objects.Bytes.asBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        }
        PyObject fspath = file.type().lookup("__fspath__");
        if (fspath != null) {
            PyObject p = Calls.call(Attributes.bindDescriptor(fspath, file, file.type()));
            if (Strs.isStr(p) || p instanceof PyBytes) {
                return fsPath(p);
            }
            throw PyErrors.typeError("expected %s.__fspath__() to return str or bytes, not %s",
                    file.type().getName(), p.type().getName());
        }
        throw PyErrors.typeError("expected str, bytes or os.PathLike object, not %s", file.type().getName());
    }

    private static PyFileIO openRaw(PyObject file, String rawMode, String fileIoMode, boolean closefd,
                                    PyObject opener, PathResolver paths, StandardStreams std) {
        if (Ints.isInt(file) && !(file instanceof org.ramjet.objects.PyBool)) {
            int fd = Args.intArg(file);
            RawStream s = std.byDescriptor(fd);
            if (s == null) {
                throw IoErrors.of(IoErrors.EBADF, null);
            }
            return new PyFileIO(s, PyInt.of(fd), fileIoMode, closefd);
        }
        if (!closefd) {
            throw PyErrors.valueError("Cannot use closefd=False with file name");
        }
        String name = fsPath(file);
        if (opener != null) {
            throw PyErrors.notImplementedError("open(): the opener argument is not supported");
        }
        Path path = paths.resolve(name);
        Set<OpenOption> opts = new java.util.HashSet<>();
        boolean plus = rawMode.endsWith("+");
        switch (rawMode.charAt(0)) {
            case 'r':
                opts.add(StandardOpenOption.READ);
                if (plus) {
                    opts.add(StandardOpenOption.WRITE);
                }
                break;
            case 'w':
                opts.add(StandardOpenOption.WRITE);
                opts.add(StandardOpenOption.CREATE);
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
                if (plus) {
                    opts.add(StandardOpenOption.READ);
                }
                break;
            case 'a':
                opts.add(StandardOpenOption.WRITE);
                opts.add(StandardOpenOption.CREATE);
                if (plus) {
                    opts.add(StandardOpenOption.READ);
                }
                break;
            default:
                opts.add(StandardOpenOption.WRITE);
                opts.add(StandardOpenOption.CREATE_NEW);
                if (plus) {
                    opts.add(StandardOpenOption.READ);
                }
                break;
        }
        if (name.isEmpty()) {
            throw IoErrors.of(IoErrors.ENOENT, name);
        }
        if (Files.isDirectory(path)) {
            throw IoErrors.of(opts.contains(StandardOpenOption.WRITE) ? IoErrors.EISDIR : IoErrors.EISDIR, name);
        }
        try {
            FileChannel ch = FileChannel.open(path, opts);
            boolean readable = opts.contains(StandardOpenOption.READ);
            boolean writable = opts.contains(StandardOpenOption.WRITE);
            RawStream raw = new FileRaw(ch, readable, writable, rawMode.charAt(0) == 'a');
            return new PyFileIO(raw, file instanceof PyStr || file instanceof PyBytes ? file : PyStr.of(name),
                    fileIoMode, true);
        } catch (IOException e) {
            throw IoErrors.of(e, name);
        }
    }
}
