package org.ramjet.stdlib.sys;

import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;
import org.ramjet.objects.StructSequence;
import org.ramjet.objects.PyBool;
import org.ramjet.stdlib.SystemConfig;

/**
 * The constant struct sequences of {@code sys}: {@code version_info}, {@code float_info},
 * {@code int_info}, {@code hash_info}, {@code thread_info}, {@code flags}. The types are made
 * once; {@code flags} gets its values from the run's {@link SystemConfig}.
 */
public final class SysInfo {
    private SysInfo() {}

    public static final int MAJOR = 3, MINOR = 11, MICRO = 7;
    public static final String PYTHON_VERSION = MAJOR + "." + MINOR + "." + MICRO;
    /** {@code sys.hexversion}: 3.11.7 final. */
    public static final long HEXVERSION = 0x030b07f0L;

    static final PyType VERSION_INFO = StructSequence.newType("sys", "version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5, false);
    static final PyType FLOAT_INFO = StructSequence.newType("sys", "float_info",
            new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                "epsilon", "radix", "rounds"}, 11, false);
    static final PyType INT_INFO = StructSequence.newType("sys", "int_info",
            new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
            4, false);
    static final PyType HASH_INFO = StructSequence.newType("sys", "hash_info",
            new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
            9, false);
    static final PyType THREAD_INFO = StructSequence.newType("sys", "thread_info",
            new String[] {"name", "lock", "version"}, 3, false);
    static final PyType FLAGS = StructSequence.newType("sys", "flags",
            new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
                "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"},
            18, false);

    static PyObject versionInfo(int major, int minor, int micro, String level, int serial) {
        return StructSequence.make(VERSION_INFO, PyInt.of(major), PyInt.of(minor), PyInt.of(micro), PyStr.of(level),
                PyInt.of(serial));
    }

    static PyObject floatInfo() {
        return StructSequence.make(FLOAT_INFO, PyFloat.of(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1));
    }

    static PyObject intInfo() {
        return StructSequence.make(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640));
    }

    static PyObject hashInfo() {
        return StructSequence.make(HASH_INFO, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.of(0),
                PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.of(0));
    }

    static PyObject threadInfo() {
        return StructSequence.make(THREAD_INFO, PyStr.of("pthread"), PyStr.of("mutex+cond"), PyNone.NONE);
    }

    static PyObject flags(SystemConfig c, boolean hashRandomization) {
        return StructSequence.make(FLAGS, PyInt.of(0), PyInt.of(c.inspect), PyInt.of(c.interactive ? 1 : 0),
                PyInt.of(c.optimize), PyInt.of(c.dontWriteBytecode), PyInt.of(c.noUserSite), PyInt.of(0),
                PyInt.of(c.ignoreEnvironment), PyInt.of(c.verbose), PyInt.of(c.bytesWarning), PyInt.of(c.quiet),
                PyInt.of(hashRandomization ? 1 : 0), PyInt.of(c.isolated), PyBool.of(c.devMode != 0),
                PyInt.of(c.utf8Mode), PyInt.of(0), PyBool.of(c.safePath != 0), PyInt.of(-1));
    }
}
