package org.ramjet.stdlib.os;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.Strs;
import org.ramjet.stdlib.SystemState;
import org.ramjet.stdlib.io.OpenFunction;

/**
 * {@code posixpath} ({@code os.path}): the string functions as CPython's posixpath.py defines
 * them (join, split, splitext, normpath, relpath, ...), and the file tests over the run's
 * working directory. bytes paths are handled by the same code on their Latin-1 text.
 */
public final class PathModule {
    private PathModule() {}

    public static PyModule create() {
        ModuleBuilder b = new ModuleBuilder("posixpath").doc("Common operations on Posix pathnames.");
        b.value("sep", PyStr.of("/"));
        b.value("altsep", org.ramjet.objects.PyNone.NONE);
        b.value("extsep", PyStr.of("."));
        b.value("pathsep", PyStr.of(":"));
        b.value("curdir", PyStr.of("."));
        b.value("pardir", PyStr.of(".."));
        b.value("defpath", PyStr.of("/bin:/usr/bin"));
        b.value("devnull", PyStr.of("/dev/null"));
        b.functionVarargs("join", "($module, a, *p)", PathModule::join);
        b.function("split", "($module, p, /)", p -> map2(p, PathModule::split));
        b.function("splitext", "($module, p, /)", p -> map2(p, PathModule::splitext));
        b.function("basename", "($module, p, /)", p -> map1(p, s -> s.substring(s.lastIndexOf('/') + 1)));
        b.function("dirname", "($module, p, /)", p -> map1(p, s -> split(s)[0]));
        b.function("normpath", "($module, path, /)", p -> map1(p, PathModule::normpath));
        b.function("normcase", "($module, s, /)", p -> map1(p, s -> s));
        b.function("isabs", "($module, s, /)", p -> PyBool.of(text(p).startsWith("/")));
        b.function("abspath", "($module, path, /)", p -> map1(p, PathModule::abspath));
        b.function("realpath", "($module, filename, /, *, strict=False)", (p, strict) -> map1(p, PathModule::realpath));
        b.function("relpath", "($module, path, start=None, /)", (p, start) -> PyStr.of(relpath(text(p),
                start == null || start == org.ramjet.objects.PyNone.NONE ? "." : text(start))));
        b.function("expanduser", "($module, path, /)", p -> map1(p, PathModule::expanduser));
        b.function("commonprefix", "($module, m, /)", m -> {
            PyObject[] items = Iteration.toArray(m);
            if (items.length == 0) {
                return PyStr.EMPTY;
            }
            String lo = text(items[0]), hi = lo;
            for (PyObject o : items) {
                String s = text(o);
                if (s.compareTo(lo) < 0) {
                    lo = s;
                }
                if (s.compareTo(hi) > 0) {
                    hi = s;
                }
            }
            int i = 0;
            while (i < lo.length() && i < hi.length() && lo.charAt(i) == hi.charAt(i)) {
                i++;
            }
            return back(items[0], lo.substring(0, i));
        });
        b.function("exists", "($module, path, /)", p -> PyBool.of(test(p, f -> Files.exists(f))));
        b.function("lexists", "($module, path, /)", p -> PyBool.of(test(p, f -> Files.exists(f, LinkOption.NOFOLLOW_LINKS))));
        b.function("isfile", "($module, path, /)", p -> PyBool.of(test(p, f -> Files.isRegularFile(f))));
        b.function("isdir", "($module, s, /)", p -> PyBool.of(test(p, f -> Files.isDirectory(f))));
        b.function("islink", "($module, path, /)", p -> PyBool.of(test(p, f -> Files.isSymbolicLink(f))));
        b.function("getsize", "($module, filename, /)", p -> PyInt.of(OsFiles.stat(p, true).size));
        b.function("getmtime", "($module, filename, /)", p -> PyFloat.of(OsFiles.stat(p, true).mtimeNanos / 1e9));
        b.function("getatime", "($module, filename, /)", p -> PyFloat.of(OsFiles.stat(p, true).atimeNanos / 1e9));
        b.function("getctime", "($module, filename, /)", p -> PyFloat.of(OsFiles.stat(p, true).ctimeNanos / 1e9));
        return b.build();
    }

    /** The text of a str, bytes or os.PathLike path. */
    static String text(PyObject p) {
        if (p instanceof PyBytes) {
            return new String(((PyBytes) p).toByteArray(), StandardCharsets.ISO_8859_1);
        }
        return OpenFunction.fsPath(p);
    }

    /** A result of the same kind (str or bytes) as the argument. */
    static PyObject back(PyObject like, String s) {
        if (like instanceof PyBytes) {
            return PyBytes.of(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        return PyStr.of(s);
    }

    private static PyObject map1(PyObject p, java.util.function.UnaryOperator<String> f) {
        return back(p, f.apply(text(p)));
    }

    private static PyObject map2(PyObject p, java.util.function.Function<String, String[]> f) {
        String[] r = f.apply(text(p));
        return PyTuple.of(back(p, r[0]), back(p, r[1]));
    }

    private interface FileTest {
        boolean test(Path p);
    }

    private static boolean test(PyObject p, FileTest t) {
        String s;
        try {
            s = text(p);
        } catch (org.ramjet.objects.PyException e) {
            if (Strs.isStr(p) || p instanceof PyBytes) {
                return false;
            }
            throw e;
        }
        if (s.isEmpty() || s.indexOf('\0') >= 0) {
            return false;
        }
        return t.test(SystemState.current().resolvePath(s));
    }

    static PyObject join(PyObject[] parts) {
        if (parts.length == 0) {
            throw PyErrors.typeError("join() missing 1 required positional argument: 'a'");
        }
        boolean bytes = parts[0] instanceof PyBytes;
        StringBuilder path = new StringBuilder(text(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            if ((parts[i] instanceof PyBytes) != bytes) {
                String s = text(parts[i]);  // "expected str, bytes or os.PathLike" first
                throw PyErrors.typeError("Can't mix strings and bytes in path components");
            }
            String b = text(parts[i]);
            if (b.startsWith("/")) {
                path.setLength(0);
                path.append(b);
            } else if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
                path.append(b);
            } else {
                path.append('/').append(b);
            }
        }
        return back(parts[0], path.toString());
    }

    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i), tail = p.substring(i);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
            int end = head.length();
            while (end > 0 && head.charAt(end - 1) == '/') {
                end--;
            }
            head = head.substring(0, end);
        }
        return new String[] {head, tail};
    }

    static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int i = sep + 1; i < dot; i++) {
                if (p.charAt(i) != '.') {
                    return new String[] {p.substring(0, dot), p.substring(dot)};
                }
            }
        }
        return new String[] {p, ""};
    }

    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initial = path.startsWith("/") ? (path.startsWith("//") && !path.startsWith("///") ? 2 : 1) : 0;
        java.util.ArrayList<String> comps = new java.util.ArrayList<>();
        for (String comp : path.split("/", -1)) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || (initial == 0 && comps.isEmpty())
                    || (!comps.isEmpty() && comps.get(comps.size() - 1).equals(".."))) {
                comps.add(comp);
            } else if (!comps.isEmpty()) {
                comps.remove(comps.size() - 1);
            }
        }
        String r = "/".repeat(initial) + String.join("/", comps);
        return r.isEmpty() ? "." : r;
    }

    static String abspath(String path) {
        if (!path.startsWith("/")) {
            String cwd = SystemState.current().config.cwd.toString();
            path = cwd.endsWith("/") ? cwd + path : cwd + "/" + path;
        }
        return normpath(path);
    }

    static String realpath(String path) {
        String abs = abspath(path);
        try {
            return Path.of(abs).toRealPath().toString();
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return abs;
        }
    }

    static String relpath(String path, String start) {
        if (path.isEmpty()) {
            throw PyErrors.valueError("no path specified");
        }
        String[] s = abspath(start).split("/");
        String[] p = abspath(path).split("/");
        java.util.List<String> sl = new java.util.ArrayList<>(), pl = new java.util.ArrayList<>();
        for (String x : s) {
            if (!x.isEmpty()) {
                sl.add(x);
            }
        }
        for (String x : p) {
            if (!x.isEmpty()) {
                pl.add(x);
            }
        }
        int i = 0;
        while (i < sl.size() && i < pl.size() && sl.get(i).equals(pl.get(i))) {
            i++;
        }
        java.util.List<String> rel = new java.util.ArrayList<>();
        for (int k = i; k < sl.size(); k++) {
            rel.add("..");
        }
        rel.addAll(pl.subList(i, pl.size()));
        return rel.isEmpty() ? "." : String.join("/", rel);
    }

    static String expanduser(String path) {
        if (!path.startsWith("~")) {
            return path;
        }
        int i = path.indexOf('/', 1);
        if (i < 0) {
            i = path.length();
        }
        String home;
        if (i == 1) {
            home = SystemState.current().config.environment.get("HOME");
            if (home == null) {
                home = System.getProperty("user.home");
            }
        } else {
            return path;
        }
        String rest = path.substring(i);
        String h = home.endsWith("/") && home.length() > 1 ? home.substring(0, home.length() - 1) : home;
        return (h + rest).isEmpty() ? "/" : h + rest;
    }
}
