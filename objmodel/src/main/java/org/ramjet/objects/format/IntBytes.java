package org.ramjet.objects.format;

import java.math.BigInteger;

/**
 * {@code int.to_bytes(length, byteorder, signed)} and {@code int.from_bytes(bytes, byteorder,
 * signed)} with CPython's checks and messages.
 */
public final class IntBytes {
    private IntBytes() {
    }

    /** {@code byteorder} argument to a flag: true for {@code 'little'}. */
    public static boolean isLittleEndian(String byteorder) {
        if ("little".equals(byteorder)) {
            return true;
        }
        if ("big".equals(byteorder)) {
            return false;
        }
        throw FormatError.valueError("byteorder must be either 'little' or 'big'");
    }

    public static byte[] toBytes(long v, long length, boolean littleEndian, boolean signed) {
        return toBytes(BigInteger.valueOf(v), length, littleEndian, signed);
    }

    public static byte[] toBytes(BigInteger v, long length, boolean littleEndian, boolean signed) {
        if (length < 0) {
            throw FormatError.valueError("length argument must be non-negative");
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw FormatError.memoryError();
        }
        if (v.signum() < 0 && !signed) {
            throw FormatError.overflowError("can't convert negative int to unsigned");
        }
        // two's complement needs bitLength + 1 bits when signed, bitLength when unsigned
        // (CPython lets 0 and -1 through as b'' at length 0: no sign bit is stored then)
        long bitsNeeded = signed && length > 0 ? v.bitLength() + 1L : v.bitLength();
        if (bitsNeeded > 8 * length) {
            throw FormatError.overflowError("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] twos = v.toByteArray(); // big-endian, minimal, with a sign bit
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        int n = out.length;
        for (int i = 0; i < n; i++) {
            int src = twos.length - 1 - i; // i-th least significant byte
            byte b = src >= 0 ? twos[src] : fill;
            out[littleEndian ? i : n - 1 - i] = b;
        }
        return out;
    }

    /** {@code int.from_bytes}: a {@code Long} when it fits, else a {@code BigInteger}. */
    public static Number fromBytes(byte[] bytes, boolean littleEndian, boolean signed) {
        int n = bytes.length;
        if (n <= 8) {
            long v = 0;
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (bytes[littleEndian ? n - 1 - i : i] & 0xff);
            }
            if (n == 0) {
                return 0L;
            }
            if (signed) {
                int shift = 64 - 8 * n;
                return (v << shift) >> shift;
            }
            if (n < 8 || v >= 0) {
                return v;
            }
        }
        byte[] be = new byte[n];
        for (int i = 0; i < n; i++) {
            be[i] = bytes[littleEndian ? n - 1 - i : i];
        }
        BigInteger v = signed ? new BigInteger(be) : new BigInteger(1, be);
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }
}
