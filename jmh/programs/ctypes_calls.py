# Stresses: calls into C through ctypes: argument conversion, the foreign call itself, result conversion.
import sys
import ctypes

DEFAULT_SIZE = 1500000
CURVE_SIZE = 100000


def load_libc():
    # the running process already has the C library loaded; its symbols are reachable this way
    try:
        return ctypes.CDLL(None)
    except OSError:
        return ctypes.CDLL("libc.so.6")


LIBC = load_libc()
labs = LIBC.labs
labs.argtypes = [ctypes.c_long]
labs.restype = ctypes.c_long
toupper = LIBC.toupper
toupper.argtypes = [ctypes.c_int]
toupper.restype = ctypes.c_int
ldexp = LIBC.ldexp
ldexp.argtypes = [ctypes.c_double, ctypes.c_int]
ldexp.restype = ctypes.c_double


def bench(n):
    half = n // 2
    total = 0
    scaled = 0.0
    for i in range(n):
        total += labs(i - half)
        total += toupper(97 + (i % 26))
        if i & 3 == 0:
            scaled += ldexp(0.75, i & 7)
    return "%d %.2f" % (total, scaled)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("ctypes_calls", n, bench(n))


if __name__ == "__main__":
    main()
