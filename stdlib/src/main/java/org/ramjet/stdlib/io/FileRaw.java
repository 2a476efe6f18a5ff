package org.ramjet.stdlib.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link RawStream} over a file channel (what {@code open()} returns underneath). */
public final class FileRaw implements RawStream {
    /** Descriptor numbers for files: 0-2 are the standard streams. */
    private static final AtomicInteger NEXT_FD = new AtomicInteger(3);

    private final FileChannel channel;
    private final boolean readable, writable, append;
    private final int fd = NEXT_FD.getAndIncrement();

    public FileRaw(FileChannel channel, boolean readable, boolean writable, boolean append) throws IOException {
        this.channel = channel;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        if (append) {
            channel.position(channel.size());
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = channel.read(ByteBuffer.wrap(b, off, len));
        return n;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (append) {
            channel.position(channel.size());
        }
        ByteBuffer bb = ByteBuffer.wrap(b, off, len);
        while (bb.hasRemaining()) {
            channel.write(bb);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public boolean readable() {
        return readable;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public boolean seekable() {
        return true;
    }

    @Override
    public long seek(long pos, int whence) throws IOException {
        long base = whence == 0 ? 0 : whence == 1 ? channel.position() : channel.size();
        long target = base + pos;
        if (target < 0) {
            throw new IOException("Invalid argument");
        }
        channel.position(target);
        return target;
    }

    @Override
    public long tell() throws IOException {
        return channel.position();
    }

    @Override
    public void truncate(long size) throws IOException {
        long pos = channel.position();
        if (size < channel.size()) {
            channel.truncate(size);
        } else if (size > channel.size()) {
            channel.write(ByteBuffer.wrap(new byte[] {0}), size - 1);
        }
        channel.position(pos);
    }

    @Override
    public boolean isatty() {
        return false;
    }

    @Override
    public int fileno() {
        return fd;
    }
}
