package org.ramjet.stdlib.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyType;

/**
 * {@code _io.BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom} (one class; the
 * type says which): a read buffer and a write buffer over a {@link PyFileIO}. The buffers are
 * exclusive: reading flushes pending writes, writing first moves the device back to the
 * logical position and drops read-ahead, so {@link #tell()} is always exact.
 */
public final class PyBuffered extends IoBase implements BinaryBuffer {
    static final int DEFAULT_BUFFER_SIZE = 8192;

    final PyFileIO rawFile;
    private final RawStream raw;
    private final int bufferSize;
    private byte[] rbuf = new byte[0];
    private int rpos, rlen;
    private byte[] wbuf;
    private int wlen;
    private boolean detached;

    public PyBuffered(PyType type, PyFileIO rawFile, int bufferSize) {
        super(type);
        this.rawFile = rawFile;
        this.raw = rawFile.raw;
        this.bufferSize = bufferSize > 0 ? bufferSize : DEFAULT_BUFFER_SIZE;
        this.wbuf = new byte[this.bufferSize];
    }

    /** The buffered type that fits a device's abilities. */
    public static PyType typeFor(boolean readable, boolean writable) {
        if (readable && writable) {
            return IoTypes.BUFFERED_RANDOM;
        }
        return writable ? IoTypes.BUFFERED_WRITER : IoTypes.BUFFERED_READER;
    }

    public PyFileIO rawFile() {
        return rawFile;
    }

    @Override
    public boolean isClosed() {
        return rawFile.isClosed();
    }

    void checkOpen() {
        if (detached) {
            throw org.ramjet.objects.PyErrors.valueError("raw stream has been detached");
        }
        if (rawFile.isClosed()) {
            throw org.ramjet.objects.PyErrors.valueError("I/O operation on closed file.");
        }
    }

    @Override
    public boolean readable() {
        checkOpen();
        return type() != IoTypes.BUFFERED_WRITER && raw.readable();
    }

    @Override
    public boolean writable() {
        checkOpen();
        return type() != IoTypes.BUFFERED_READER && raw.writable();
    }

    @Override
    public boolean seekable() {
        checkOpen();
        return raw.seekable();
    }

    void needReadable() {
        checkOpen();
        if (!readable()) {
            throw unsupported("read");
        }
    }

    void needWritable() {
        checkOpen();
        if (!writable()) {
            throw unsupported("write");
        }
    }

    // ---- writing ----

    @Override
    public PyObject pyObject() {
        return this;
    }

    @Override
    public PyObject name() {
        return rawFile.name;
    }

    @Override
    public int fileno() {
        checkOpen();
        return raw.fileno();
    }

    @Override
    public void write(byte[] data, int off, int len) {
        writeBytes(data, off, len);
    }

    public int writeBytes(byte[] data, int off, int len) {
        needWritable();
        try {
            dropReadAhead();
            if (wlen + len > bufferSize) {
                flushWrites();
                if (len >= bufferSize) {
                    raw.write(data, off, len);
                    return len;
                }
            }
            System.arraycopy(data, off, wbuf, wlen, len);
            wlen += len;
            return len;
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
    }

    private void flushWrites() throws IOException {
        if (wlen > 0) {
            int n = wlen;
            wlen = 0;
            raw.write(wbuf, 0, n);
        }
    }

    /** Moves the device back over read-ahead bytes so that writes land at the logical position. */
    private void dropReadAhead() throws IOException {
        if (rlen - rpos > 0 && raw.seekable()) {
            raw.seek(-(rlen - rpos), 1);
        }
        rpos = rlen = 0;
    }

    @Override
    public void flush() {
        checkOpen();
        try {
            flushWrites();
            raw.flush();
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
    }

    // ---- reading ----

    /** Refills the read buffer with one device read; false at end of file. */
    private boolean fill() throws IOException {
        flushWrites();
        if (rbuf.length < bufferSize) {
            rbuf = new byte[bufferSize];
        }
        int n = raw.read(rbuf, 0, rbuf.length);
        rpos = 0;
        rlen = Math.max(n, 0);
        return n > 0;
    }

    /** {@code read(size)}: blocks until {@code size} bytes or end of file; all when negative. */
    @Override
    public byte[] read(long size) {
        needReadable();
        try {
            flushWrites();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(rbuf, rpos, rlen - rpos);
            if (size >= 0 && out.size() >= size) {
                byte[] all = out.toByteArray();
                rpos += (int) size;
                return Arrays.copyOf(all, (int) size);
            }
            rpos = rlen = 0;
            byte[] chunk = new byte[bufferSize];
            while (size < 0 || out.size() < size) {
                int want = size < 0 ? chunk.length : (int) Math.min(chunk.length, size - out.size());
                int n = raw.read(chunk, 0, want);
                if (n <= 0) {
                    break;
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
    }

    /** {@code read1(size)}: what is buffered, else at most one device read. */
    @Override
    public byte[] read1(long size) {
        needReadable();
        try {
            if (rlen - rpos == 0 && !fill()) {
                return new byte[0];
            }
            int n = size < 0 ? rlen - rpos : (int) Math.min(size, rlen - rpos);
            byte[] out = Arrays.copyOfRange(rbuf, rpos, rpos + n);
            rpos += n;
            return out;
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
    }

    /** {@code peek()}: the buffered bytes without consuming them (filling once if empty). */
    public byte[] peek() {
        needReadable();
        try {
            if (rlen - rpos == 0) {
                fill();
            }
            return Arrays.copyOfRange(rbuf, rpos, rlen);
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
    }

    @Override
    public PyObject readline(long limit) {
        return PyBytes.of(readLineBytes(limit));
    }

    public byte[] readLineBytes(long limit) {
        needReadable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            while (limit < 0 || out.size() < limit) {
                if (rpos == rlen && !fill()) {
                    break;
                }
                int end = rpos;
                int max = limit < 0 ? rlen : (int) Math.min(rlen, rpos + (limit - out.size()));
                while (end < max && rbuf[end] != '\n') {
                    end++;
                }
                boolean found = end < max;
                if (found) {
                    end++;
                }
                out.write(rbuf, rpos, end - rpos);
                rpos = end;
                if (found) {
                    break;
                }
            }
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
        return out.toByteArray();
    }

    // ---- positioning ----

    @Override
    public long tell() {
        checkOpen();
        try {
            long pos = raw.tell();
            return pos - (rlen - rpos) + wlen;
        } catch (UnsupportedOperationException e) {
            throw unsupported("underlying stream is not seekable");
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
    }

    @Override
    public long seek(long pos, int whence) {
        checkOpen();
        if (!raw.seekable()) {
            throw unsupported("underlying stream is not seekable");
        }
        try {
            flushWrites();
            if (whence == 1) {
                pos -= rlen - rpos;
            }
            rpos = rlen = 0;
            return raw.seek(pos, whence);
        } catch (IOException e) {
            throw IoErrors.of(IoErrors.EINVAL, null);
        }
    }

    @Override
    public long truncate(long size) {
        needWritable();
        try {
            flushWrites();
            dropReadAhead();
            if (size < 0) {
                size = raw.tell();
            }
            raw.truncate(size);
            return size;
        } catch (IOException e) {
            throw IoErrors.of(e, null);
        }
    }

    @Override
    public void close() {
        if (rawFile.isClosed()) {
            return;
        }
        try {
            flushWrites();
        } catch (IOException e) {
            rawFile.close();
            throw IoErrors.of(e, null);
        }
        rawFile.close();
    }

    /** {@code detach()}: flushes and hands out the raw stream; this object becomes unusable. */
    public PyFileIO detach() {
        flush();
        detached = true;
        return rawFile;
    }

    @Override
    public boolean isatty() {
        checkOpen();
        return raw.isatty();
    }
}
