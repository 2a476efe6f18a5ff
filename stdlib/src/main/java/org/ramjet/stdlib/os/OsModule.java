package org.ramjet.stdlib.os;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.Calls;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;
import org.ramjet.objects.StructSequence;
import org.ramjet.objects.Strs;
import org.ramjet.stdlib.Args;
import org.ramjet.stdlib.SystemState;
import org.ramjet.stdlib.io.IoErrors;

/**
 * A minimal {@code os}: the environment, the working directory, process facts, the basic
 * file-system calls and {@code os.path} ({@link PathModule}). A fuller {@code os} comes later.
 */
public final class OsModule {
    private OsModule() {}

    static final PyType STAT_RESULT = StructSequence.newType("os", "stat_result",
            new String[] {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
                "st_mtime", "st_ctime", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
                "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}, 10, true);

    private static final SecureRandom RANDOM = new SecureRandom();

    public static PyModule create() {
        SystemState state = SystemState.current();
        ModuleBuilder b = new ModuleBuilder("os").doc("OS routines for NT or Posix depending on what system we're on.");
        PyModule path = state.importer.importFull("posixpath") instanceof PyModule
                ? (PyModule) state.importer.importFull("posixpath") : PathModule.create();
        state.modules.putStr("os.path", path);
        b.value("path", path);
        b.value("name", PyStr.of("posix"));
        for (String k : new String[] {"sep", "altsep", "extsep", "pathsep", "curdir", "pardir", "defpath", "devnull"}) {
            b.value(k, path.dict.getStr(k));
        }
        b.value("linesep", PyStr.of("\n"));
        b.value("error", PyExc.OSError);
        b.value("SEEK_SET", PyInt.of(0));
        b.value("SEEK_CUR", PyInt.of(1));
        b.value("SEEK_END", PyInt.of(2));
        b.value("F_OK", PyInt.of(0));
        b.value("R_OK", PyInt.of(4));
        b.value("W_OK", PyInt.of(2));
        b.value("X_OK", PyInt.of(1));
        b.value("stat_result", STAT_RESULT);
        Environ environ = new Environ(state.config.environment);
        b.value("environ", environ);
        b.function("getenv", "($module, key, default=None)", (k, d) -> {
            String v = state.config.environment.get(Environ.key(k));
            return v != null ? PyStr.of(v) : d == null ? PyNone.NONE : d;
        });
        b.function("putenv", "($module, name, value, /)", (k, v) -> {
            state.config.environment.put(Environ.key(k), Environ.key(v));
            return PyNone.NONE;
        });
        b.function("unsetenv", "($module, name, /)", k -> {
            state.config.environment.remove(Environ.key(k));
            return PyNone.NONE;
        });
        b.function("getcwd", "($module, /)", () -> PyStr.of(state.config.cwd.toString()));
        b.function("getcwdb", "($module, /)", () -> PyBytes.of(state.config.cwd.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        b.function("chdir", "($module, path)", p -> {
            Path target = OsFiles.resolve(p);
            if (!Files.exists(target)) {
                throw IoErrors.of(IoErrors.ENOENT, OsFiles.name(p));
            }
            if (!Files.isDirectory(target)) {
                throw IoErrors.of(IoErrors.ENOTDIR, OsFiles.name(p));
            }
            state.config.cwd = target.normalize();
            return PyNone.NONE;
        });
        b.function("getpid", "($module, /)", () -> PyInt.of(ProcessHandle.current().pid()));
        b.function("getppid", "($module, /)", () -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        b.function("cpu_count", "($module, /)", () -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        b.function("urandom", "($module, size, /)", n -> {
            long size = Args.index(n);
            if (size < 0) {
                throw PyErrors.valueError("negative argument not allowed");
            }
            byte[] out = new byte[(int) size];
            RANDOM.nextBytes(out);
            return PyBytes.of(out);
        });
        b.function("strerror", "($module, code, /)", c -> PyStr.of(IoErrors.message(Args.intArg(c))));
        b.function("fspath", "($module, path)", p -> {
            if (Strs.isStr(p) || p instanceof PyBytes) {
                return p;
            }
            PyObject f = p.type().lookup("__fspath__");
            if (f == null) {
                throw PyErrors.typeError("expected str, bytes or os.PathLike object, not %s", p.type().getName());
            }
            return Calls.call(Attributes.bindDescriptor(f, p, p.type()));
        });
        b.function("fsencode", "($module, filename, /)", p -> PyBytes.of(PathModule.text(p).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        b.function("fsdecode", "($module, filename, /)", p -> p instanceof PyBytes
                ? PyStr.of(new String(((PyBytes) p).toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                : PyStr.of(PathModule.text(p)));
        b.function("listdir", "($module, path=None)", p -> {
            PyObject dir = p == null || p == PyNone.NONE ? PyStr.of(".") : p;
            PyList l = new PyList();
            for (String n : OsFiles.listdir(dir)) {
                l.append(PathModule.back(dir, n));
            }
            return l;
        });
        b.function("mkdir", "($module, path, mode=511)", (p, mode) -> {
            OsFiles.mkdir(p);
            return PyNone.NONE;
        });
        b.function("makedirs", "($module, name, mode=511, exist_ok=False)", (p, mode, existOk) -> {
            Path target = OsFiles.resolve(p);
            if (Files.isDirectory(target)) {
                if (Args.bool(existOk, false)) {
                    return PyNone.NONE;
                }
                throw IoErrors.of(IoErrors.EEXIST, OsFiles.name(p));
            }
            try {
                Files.createDirectories(target);
            } catch (java.io.IOException e) {
                throw OsFiles.error(e, p);
            }
            return PyNone.NONE;
        });
        b.function("remove", "($module, path)", p -> {
            OsFiles.remove(p);
            return PyNone.NONE;
        });
        b.function("unlink", "($module, path)", p -> {
            OsFiles.remove(p);
            return PyNone.NONE;
        });
        b.function("rmdir", "($module, path)", p -> {
            OsFiles.rmdir(p);
            return PyNone.NONE;
        });
        b.function("rename", "($module, src, dst)", (s, d) -> {
            OsFiles.rename(s, d, false);
            return PyNone.NONE;
        });
        b.function("replace", "($module, src, dst)", (s, d) -> {
            OsFiles.rename(s, d, true);
            return PyNone.NONE;
        });
        b.function("stat", "($module, path, *, follow_symlinks=True)", (p, follow) -> statResult(OsFiles.stat(p, Args.bool(follow, true))));
        b.function("lstat", "($module, path)", p -> statResult(OsFiles.stat(p, false)));
        b.function("access", "($module, path, mode)", (p, mode) -> {
            Path target = OsFiles.resolve(p);
            int m = Args.intArg(mode);
            boolean ok = Files.exists(target)
                    && ((m & 4) == 0 || Files.isReadable(target))
                    && ((m & 2) == 0 || Files.isWritable(target))
                    && ((m & 1) == 0 || Files.isExecutable(target));
            return PyBool.of(ok);
        });
        return b.build();
    }

    static PyObject statResult(OsFiles.Stat s) {
        return StructSequence.make(STAT_RESULT, PyInt.of(s.mode), PyInt.of(s.ino), PyInt.of(s.dev), PyInt.of(s.nlink),
                PyInt.of(s.uid), PyInt.of(s.gid), PyInt.of(s.size), PyInt.of(Math.floorDiv(s.atimeNanos, 1_000_000_000L)),
                PyInt.of(Math.floorDiv(s.mtimeNanos, 1_000_000_000L)), PyInt.of(Math.floorDiv(s.ctimeNanos, 1_000_000_000L)),
                PyFloat.of(s.atimeNanos / 1e9), PyFloat.of(s.mtimeNanos / 1e9), PyFloat.of(s.ctimeNanos / 1e9),
                PyInt.of(s.atimeNanos), PyInt.of(s.mtimeNanos), PyInt.of(s.ctimeNanos), PyInt.of(4096),
                PyInt.of((s.size + 511) / 512), PyInt.of(s.rdev));
    }
}
