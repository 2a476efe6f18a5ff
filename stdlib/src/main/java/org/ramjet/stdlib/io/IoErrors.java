package org.ramjet.stdlib.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyException;

/** Java I/O failures as Python {@code OSError}s with Linux errno values and texts. */
public final class IoErrors {
    public static final int ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20,
            EISDIR = 21, EINVAL = 22, ENOTEMPTY = 39, ESPIPE = 29;

    private IoErrors() {}

    /** The strerror text of an errno. */
    public static String message(int errno) {
        switch (errno) {
            case ENOENT: return "No such file or directory";
            case EIO: return "Input/output error";
            case EBADF: return "Bad file descriptor";
            case EACCES: return "Permission denied";
            case EEXIST: return "File exists";
            case ENOTDIR: return "Not a directory";
            case EISDIR: return "Is a directory";
            case EINVAL: return "Invalid argument";
            case ESPIPE: return "Illegal seek";
            case ENOTEMPTY: return "Directory not empty";
            default: return "Unknown error " + errno;
        }
    }

    /** The errno that best describes {@code e}. */
    public static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        String m = e.getMessage();
        if (m != null) {
            if (m.contains("Is a directory")) {
                return EISDIR;
            }
            if (m.contains("Not a directory")) {
                return ENOTDIR;
            }
            if (m.contains("Invalid argument")) {
                return EINVAL;
            }
            if (m.contains("Permission denied")) {
                return EACCES;
            }
            if (m.contains("No such file")) {
                return ENOENT;
            }
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            String r = ((FileSystemException) e).getReason();
            if (r.contains("Is a directory")) {
                return EISDIR;
            }
        }
        return EIO;
    }

    /** {@code OSError(errno, strerror, filename)} (as its errno's subclass); filename may be null. */
    public static PyException of(IOException e, String filename) {
        int errno = errno(e);
        return PyErrors.osError(errno, message(errno), filename);
    }

    public static PyException of(int errno, String filename) {
        return PyErrors.osError(errno, message(errno), filename);
    }
}
