package org.ramjet.stdlib.time;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import org.ramjet.objects.Floats;
import org.ramjet.objects.Ints;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.Strs;
import org.ramjet.stdlib.SystemState;
import org.ramjet.stdlib.types.SimpleNamespace;

/**
 * The {@code time} module: clocks ({@code time}, {@code perf_counter}, {@code monotonic},
 * {@code process_time}, with {@code _ns} forms), {@code sleep}, and calendar conversions
 * ({@code gmtime}, {@code localtime}, {@code mktime}, {@code strftime}, {@code asctime},
 * {@code ctime}) over {@link TimeTuples}. {@code perf_counter} and {@code monotonic} read
 * {@link System#nanoTime()}, which is CLOCK_MONOTONIC on Linux, as CPython's are. The local zone is the run's {@code TZ} when set,
 * else the JVM's default.
 */
public final class TimeModule {
    private TimeModule() {}

    public static PyModule create() {
        ZoneId zone = localZone();
        ModuleBuilder b = new ModuleBuilder("time").doc("This module provides various functions to manipulate time values.");
        b.value("struct_time", TimeTuples.STRUCT_TIME);
        b.function("time", "($module, /)", () -> PyFloat.of(nowNanos() / 1e9));
        b.function("time_ns", "($module, /)", () -> PyInt.of(nowNanos()));
        b.function("perf_counter", "($module, /)", () -> PyFloat.of(System.nanoTime() / 1e9));
        b.function("perf_counter_ns", "($module, /)", () -> PyInt.of(System.nanoTime()));
        b.function("monotonic", "($module, /)", () -> PyFloat.of(System.nanoTime() / 1e9));
        b.function("monotonic_ns", "($module, /)", () -> PyInt.of(System.nanoTime()));
        b.function("process_time", "($module, /)", () -> PyFloat.of(processNanos() / 1e9));
        b.function("process_time_ns", "($module, /)", () -> PyInt.of(processNanos()));
        b.function("thread_time", "($module, /)", () -> PyFloat.of(threadNanos() / 1e9));
        b.function("thread_time_ns", "($module, /)", () -> PyInt.of(threadNanos()));
        b.function("sleep", "($module, secs, /)", TimeModule::sleep);
        b.function("gmtime", "($module, seconds=None, /)", s -> TimeTuples.fromInstant(seconds(s), ZoneOffset.UTC, true));
        b.function("localtime", "($module, seconds=None, /)", s -> TimeTuples.fromInstant(seconds(s), zone, false));
        b.function("mktime", "($module, t, /)", t -> PyFloat.of(TimeTuples.mktime(t, zone)));
        b.function("asctime", "($module, t=<unrepresentable>, /)", t -> PyStr.of(TimeTuples.asctime(
                TimeTuples.fields(t == null ? TimeTuples.fromInstant(seconds(null), zone, false) : t, "asctime"))));
        b.function("ctime", "($module, seconds=None, /)", s -> PyStr.of(TimeTuples.asctime(
                TimeTuples.fields(TimeTuples.fromInstant(seconds(s), zone, false), "asctime"))));
        b.function("strftime", "($module, format, t=<unrepresentable>, /)", (f, t) -> {
            if (!Strs.isStr(f)) {
                throw PyErrors.typeError("strftime() argument 1 must be str, not %s", f.type().getName());
            }
            PyObject tuple = t == null ? TimeTuples.fromInstant(seconds(null), zone, false) : t;
            return PyStr.of(Strftime.format(Strs.value(f), TimeTuples.checkedFields(tuple)));
        });
        b.function("get_clock_info", "($module, name, /)", TimeModule::clockInfo);
        ZoneRules rules = zone.getRules();
        Instant now = Instant.now();
        int std = rules.getStandardOffset(now).getTotalSeconds();
        java.time.zone.ZoneOffsetTransition next = rules.nextTransition(now);
        boolean dst = next != null || rules.isDaylightSavings(now);
        int dstOffset = dst ? rules.getOffset(nextSummer(rules, now)).getTotalSeconds() : std;
        b.value("timezone", PyInt.of(-std));
        b.value("altzone", PyInt.of(-dstOffset));
        b.value("daylight", PyInt.of(dst ? 1 : 0));
        String stdName = TimeTuples.zoneName(zone, now, false);
        String dstName = dst ? TimeTuples.zoneName(zone, now, true) : stdName;
        b.value("tzname", PyTuple.of(PyStr.of(stdName), PyStr.of(dstName)));
        b.value("CLOCK_MONOTONIC", PyInt.of(1));
        b.value("CLOCK_REALTIME", PyInt.of(0));
        b.value("CLOCK_PROCESS_CPUTIME_ID", PyInt.of(2));
        b.value("CLOCK_THREAD_CPUTIME_ID", PyInt.of(3));
        return b.build();
    }

    private static Instant nextSummer(ZoneRules rules, Instant from) {
        for (java.time.zone.ZoneOffsetTransition t = rules.nextTransition(from); t != null; t = rules.nextTransition(t.getInstant())) {
            if (rules.isDaylightSavings(t.getInstant())) {
                return t.getInstant();
            }
            if (t.getInstant().isAfter(from.plusSeconds(400L * 86400))) {
                break;
            }
        }
        return from;
    }

    /** The run's local time zone: {@code TZ} from its environment when valid, else the JVM's. */
    static ZoneId localZone() {
        String tz = null;
        try {
            tz = SystemState.current().config.environment.get("TZ");
        } catch (IllegalStateException e) {
            tz = System.getenv("TZ");
        }
        if (tz != null && !tz.isEmpty()) {
            try {
                return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (java.time.DateTimeException e) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneId.systemDefault();
    }

    static long nowNanos() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static long processNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return threadNanos();
    }

    private static long threadNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** A seconds argument: None for now, else a real number floored to whole seconds. */
    static Instant seconds(PyObject s) {
        if (s == null || s == PyNone.NONE) {
            return Instant.now();
        }
        double d;
        if (Ints.isInt(s)) {
            PyObject i = Ints.asIntObject(s);
            if (!(i instanceof PyInt) || Math.abs(((PyInt) i).value) > 67768036191676799L) {
                throw PyErrors.overflowError("timestamp out of range for platform time_t");
            }
            return Instant.ofEpochSecond(((PyInt) i).value);
        }
        if (Floats.isFloat(s)) {
            d = Floats.value(s);
        } else if (s.type().float_ != null) {
            d = Floats.value(Numbers.toFloat(s));
        } else {
            throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", s.type().getName());
        }
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("Invalid value NaN (not a number)");
        }
        double f = Math.floor(d);
        if (Math.abs(f) > 6.7768036191676799e16) {
            throw PyErrors.overflowError("timestamp out of range for platform time_t");
        }
        return Instant.ofEpochSecond((long) f);
    }

    private static PyObject sleep(PyObject secs) {
        double d;
        if (Ints.isInt(secs)) {
            d = Floats.toDouble(secs);
        } else if (Floats.isFloat(secs)) {
            d = Floats.value(secs);
        } else if (secs.type().float_ != null) {
            d = Floats.value(Numbers.toFloat(secs));
        } else {
            throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", secs.type().getName());
        }
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("Invalid value NaN (not a number)");
        }
        if (d < 0) {
            throw PyErrors.valueError("sleep length must be non-negative");
        }
        long nanos = (long) Math.min(d * 1e9, Long.MAX_VALUE);
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErrors.of(org.ramjet.objects.PyExc.KeyboardInterrupt, "");
        }
        return PyNone.NONE;
    }

    private static PyObject clockInfo(PyObject name) {
        String n = Strs.isStr(name) ? Strs.value(name) : "";
        SimpleNamespace ns = new SimpleNamespace();
        switch (n) {
            case "time":
                return ns.with("implementation", PyStr.of("clock_gettime(CLOCK_REALTIME)"))
                        .with("monotonic", org.ramjet.objects.PyBool.FALSE)
                        .with("adjustable", org.ramjet.objects.PyBool.TRUE)
                        .with("resolution", PyFloat.of(1e-09));
            case "monotonic":
            case "perf_counter":
                return ns.with("implementation", PyStr.of("clock_gettime(CLOCK_MONOTONIC)"))
                        .with("monotonic", org.ramjet.objects.PyBool.TRUE)
                        .with("adjustable", org.ramjet.objects.PyBool.FALSE)
                        .with("resolution", PyFloat.of(1e-09));
            case "process_time":
            case "thread_time":
                return ns.with("implementation", PyStr.of(n.equals("process_time")
                                ? "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)" : "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"))
                        .with("monotonic", org.ramjet.objects.PyBool.TRUE)
                        .with("adjustable", org.ramjet.objects.PyBool.FALSE)
                        .with("resolution", PyFloat.of(1e-09));
            default:
                throw PyErrors.valueError("unknown clock");
        }
    }
}
