package org.ramjet.stdlib.math;

import java.math.BigInteger;
import org.ramjet.objects.Ints;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;

/** The integer-exact functions of {@code math}: {@code factorial comb perm isqrt gcd lcm}. */
final class IntegerMath {
    private IntegerMath() {}

    static void define(ModuleBuilder b) {
        b.function("factorial", "($module, n, /)", n -> {
            BigInteger v = index(n);
            if (v.signum() < 0) {
                throw PyErrors.valueError("factorial() not defined for negative values");
            }
            if (v.bitLength() > 63) {
                throw PyErrors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            return PyInt.of(product(1, v.longValue()));
        });
        b.function("isqrt", "($module, n, /)", n -> {
            BigInteger v = index(n);
            if (v.signum() < 0) {
                throw PyErrors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(v.sqrt());
        });
        b.function("comb", "($module, n, k, /)", (n, k) -> {
            BigInteger nn = index(n), kk = index(k);
            if (nn.signum() < 0) {
                throw PyErrors.valueError("n must be a non-negative integer");
            }
            if (kk.signum() < 0) {
                throw PyErrors.valueError("k must be a non-negative integer");
            }
            if (kk.compareTo(nn) > 0) {
                return PyInt.ZERO;
            }
            BigInteger other = nn.subtract(kk);
            if (other.compareTo(kk) < 0) {
                kk = other;
            }
            if (kk.bitLength() > 31) {
                throw PyErrors.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
            }
            BigInteger r = BigInteger.ONE;
            int kInt = kk.intValue();
            for (int i = 0; i < kInt; i++) {
                r = r.multiply(nn.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return PyInt.of(r);
        });
        b.function("perm", "($module, n, k=None, /)", (n, k) -> {
            BigInteger nn = index(n);
            if (k == null || k == PyNone.NONE) {
                if (nn.signum() < 0) {
                    throw PyErrors.valueError("factorial() not defined for negative values");
                }
                if (nn.bitLength() > 63) {
                    throw PyErrors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
                }
                return PyInt.of(product(1, nn.longValue()));
            }
            BigInteger kk = index(k);
            if (nn.signum() < 0) {
                throw PyErrors.valueError("n must be a non-negative integer");
            }
            if (kk.signum() < 0) {
                throw PyErrors.valueError("k must be a non-negative integer");
            }
            if (kk.compareTo(nn) > 0) {
                return PyInt.ZERO;
            }
            if (kk.bitLength() > 31) {
                throw PyErrors.overflowError("k must not exceed %d", Long.MAX_VALUE);
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < kk.longValue(); i++) {
                r = r.multiply(nn.subtract(BigInteger.valueOf(i)));
            }
            return PyInt.of(r);
        });
        b.functionVarargs("gcd", "($module, *integers)", args -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject a : args) {
                g = g.gcd(index(a));
            }
            return PyInt.of(g);
        });
        b.functionVarargs("lcm", "($module, *integers)", args -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject a : args) {
                BigInteger v = index(a).abs();
                if (v.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
    }

    private static BigInteger index(PyObject o) {
        return Ints.big(Ints.asIntObject(Numbers.index(o)));
    }

    /** lo * (lo+1) * ... * hi by binary splitting (fast for large factorials). */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }
}
