package org.ramjet.stdlib.os;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.stdlib.SystemState;
import org.ramjet.stdlib.io.IoErrors;

/** File-system calls of {@code os} on {@link java.nio.file}, with Linux errno values in the errors. */
final class OsFiles {
    private OsFiles() {}

    /** What {@code os.stat} reports. */
    static final class Stat {
        long mode, ino, dev, nlink, uid, gid, size, rdev;
        long atimeNanos, mtimeNanos, ctimeNanos;
    }

    static Path resolve(PyObject p) {
        return SystemState.current().resolvePath(PathModule.text(p));
    }

    static String name(PyObject p) {
        return PathModule.text(p);
    }

    static PyException error(IOException e, PyObject path) {
        return IoErrors.of(e, name(path));
    }

    /** OSError with two file names ("... : 'a' -> 'b'"). */
    static PyException error2(IOException e, PyObject src, PyObject dst) {
        int errno = IoErrors.errno(e);
        return new PyException(PyErrors.newException(PyExc.OSError, PyInt.of(errno), PyStr.of(IoErrors.message(errno)),
                PyStr.of(name(src)), PyNone.NONE, PyStr.of(name(dst))));
    }

    static Stat stat(PyObject p, boolean follow) {
        Path path = resolve(p);
        try {
            LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            Stat s = new Stat();
            Map<String, Object> a;
            try {
                a = Files.readAttributes(path, "unix:*", opts);
                s.mode = ((Number) a.get("mode")).longValue();
                s.ino = ((Number) a.get("ino")).longValue();
                s.dev = ((Number) a.get("dev")).longValue();
                s.nlink = ((Number) a.get("nlink")).longValue();
                s.uid = ((Number) a.get("uid")).longValue();
                s.gid = ((Number) a.get("gid")).longValue();
                s.rdev = ((Number) a.get("rdev")).longValue();
                s.ctimeNanos = nanos((FileTime) a.get("ctime"));
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                a = Files.readAttributes(path, "*", opts);
                boolean dir = Boolean.TRUE.equals(a.get("isDirectory"));
                s.mode = dir ? 0040755 : 0100644;
                s.nlink = 1;
                s.ctimeNanos = nanos((FileTime) a.get("creationTime"));
            }
            s.size = ((Number) a.get("size")).longValue();
            s.atimeNanos = nanos((FileTime) a.get("lastAccessTime"));
            s.mtimeNanos = nanos((FileTime) a.get("lastModifiedTime"));
            return s;
        } catch (IOException e) {
            throw error(e, p);
        }
    }

    private static long nanos(FileTime t) {
        if (t == null) {
            return 0;
        }
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    static void mkdir(PyObject p) {
        Path path = resolve(p);
        try {
            Files.createDirectory(path);
        } catch (FileAlreadyExistsException e) {
            throw IoErrors.of(IoErrors.EEXIST, name(p));
        } catch (IOException e) {
            throw error(e, p);
        }
    }

    static void remove(PyObject p) {
        Path path = resolve(p);
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw IoErrors.of(IoErrors.EISDIR, name(p));
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw error(e, p);
        }
    }

    static void rmdir(PyObject p) {
        Path path = resolve(p);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw IoErrors.of(IoErrors.ENOTDIR, name(p));
        }
        try {
            Files.delete(path);
        } catch (DirectoryNotEmptyException e) {
            throw IoErrors.of(IoErrors.ENOTEMPTY, name(p));
        } catch (IOException e) {
            throw error(e, p);
        }
    }

    static void rename(PyObject src, PyObject dst, boolean replace) {
        try {
            Path to = resolve(dst);
            Files.move(resolve(src), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException | AccessDeniedException | NotDirectoryException e) {
            throw error2(e, src, dst);
        } catch (IOException e) {
            throw error2(e, src, dst);
        }
    }

    static java.util.List<String> listdir(PyObject p) {
        Path path = resolve(p);
        if (!Files.exists(path)) {
            throw IoErrors.of(IoErrors.ENOENT, name(p));
        }
        if (!Files.isDirectory(path)) {
            throw IoErrors.of(IoErrors.ENOTDIR, name(p));
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(path)) {
            for (Path e : ds) {
                out.add(e.getFileName().toString());
            }
        } catch (IOException e) {
            throw error(e, p);
        }
        return out;
    }
}
