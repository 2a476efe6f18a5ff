package org.ramjet.stdlib.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.TimeZone;
import org.ramjet.objects.Ints;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;
import org.ramjet.objects.PyValueInstance;
import org.ramjet.objects.StructSequence;
import org.ramjet.stdlib.Args;

/**
 * {@code time.struct_time} and the conversions between it, instants and C's {@code struct tm}
 * conventions (months and year days from 0, weeks from Sunday), with CPython's argument checks.
 */
final class TimeTuples {
    private TimeTuples() {}

    static final PyType STRUCT_TIME = StructSequence.newType("time", "struct_time",
            new String[] {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                "tm_isdst", "tm_zone", "tm_gmtoff"}, 9, true);

    static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** A broken-down time as C's {@code struct tm}: months 0-11, weekdays from Sunday, year days from 0. */
    static final class Tm {
        int year, mon, mday, hour, min, sec, wday, yday, isdst;
        String zone;
        long gmtoff;
    }

    static PyObject fromInstant(Instant instant, ZoneId zone, boolean gmt) {
        ZonedDateTime z = instant.atZone(zone);
        boolean dst = !gmt && zone.getRules().isDaylightSavings(instant);
        String name = gmt ? "GMT" : zoneName(zone, instant, dst);
        return StructSequence.make(STRUCT_TIME, PyInt.of(z.getYear()), PyInt.of(z.getMonthValue()),
                PyInt.of(z.getDayOfMonth()), PyInt.of(z.getHour()), PyInt.of(z.getMinute()), PyInt.of(z.getSecond()),
                PyInt.of(z.getDayOfWeek().getValue() - 1), PyInt.of(z.getDayOfYear()), PyInt.of(dst ? 1 : 0),
                PyStr.of(name), PyInt.of(z.getOffset().getTotalSeconds()));
    }

    /** The abbreviation of a zone ("UTC", "CET", "CEST"). */
    static String zoneName(ZoneId zone, Instant at, boolean dst) {
        if (zone instanceof ZoneOffset) {
            return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        }
        if (zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC")) {
            return "UTC";
        }
        return TimeZone.getTimeZone(zone).getDisplayName(dst, TimeZone.SHORT, Locale.US);
    }

    /** The nine fields of a tuple or struct_time ("Tuple or struct_time argument required"). */
    static Tm fields(PyObject t, String function) {
        PyObject v = t instanceof PyValueInstance ? ((PyValueInstance) t).value : t;
        if (!(v instanceof PyTuple)) {
            throw PyErrors.typeError("Tuple or struct_time argument required");
        }
        PyObject[] items = Iteration.toArray(v);
        if (items.length != 9) {
            throw PyErrors.typeError("%s(): illegal time tuple argument", function);
        }
        Tm tm = new Tm();
        tm.year = Args.intArg(items[0]);
        tm.mon = Args.intArg(items[1]) - 1;
        tm.mday = Args.intArg(items[2]);
        tm.hour = Args.intArg(items[3]);
        tm.min = Args.intArg(items[4]);
        tm.sec = Args.intArg(items[5]);
        tm.wday = (Args.intArg(items[6]) + 1) % 7;
        tm.yday = Args.intArg(items[7]) - 1;
        tm.isdst = Args.intArg(items[8]);
        if (t.type() == STRUCT_TIME) {
            PyObject zone = org.ramjet.objects.Attributes.getAttr(t, "tm_zone");
            PyObject off = org.ramjet.objects.Attributes.getAttr(t, "tm_gmtoff");
            tm.zone = zone instanceof PyStr ? ((PyStr) zone).value : null;
            tm.gmtoff = Ints.isInt(off) ? Ints.asLong(off) : 0;
        }
        return tm;
    }

    /** {@link #fields} and CPython's range checks of {@code strftime}/{@code asctime}. */
    static Tm checkedFields(PyObject t) {
        Tm tm = fields(t, "strftime");
        check(tm);
        return tm;
    }

    static void check(Tm tm) {
        if (tm.mon == -1) {
            tm.mon = 0;
        } else if (tm.mon < 0 || tm.mon > 11) {
            throw PyErrors.valueError("month out of range");
        }
        if (tm.mday == 0) {
            tm.mday = 1;
        } else if (tm.mday < 0 || tm.mday > 31) {
            throw PyErrors.valueError("day of month out of range");
        }
        if (tm.hour < 0 || tm.hour > 23) {
            throw PyErrors.valueError("hour out of range");
        }
        if (tm.min < 0 || tm.min > 59) {
            throw PyErrors.valueError("minute out of range");
        }
        if (tm.sec < 0 || tm.sec > 61) {
            throw PyErrors.valueError("seconds out of range");
        }
        if (tm.wday < 0) {
            throw PyErrors.valueError("day of week out of range");
        }
        if (tm.yday == -1) {
            tm.yday = 0;
        } else if (tm.yday < 0 || tm.yday > 365) {
            throw PyErrors.valueError("day of year out of range");
        }
        if (tm.isdst < -1) {
            tm.isdst = -1;
        } else if (tm.isdst > 1) {
            tm.isdst = 1;
        }
    }

    static String asctime(Tm tm) {
        check(tm);
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS[tm.wday], MONTHS[tm.mon], tm.mday, tm.hour, tm.min,
                tm.sec, tm.year);
    }

    /** {@code mktime}: the fields as local time (normalizing overflowing fields, as C does). */
    static double mktime(PyObject t, ZoneId zone) {
        Tm tm = fields(t, "mktime");
        try {
            LocalDateTime ldt = LocalDateTime.of(tm.year, 1, 1, 0, 0, 0)
                    .plusMonths(tm.mon).plusDays(tm.mday - 1L).plusHours(tm.hour).plusMinutes(tm.min)
                    .plusSeconds(tm.sec);
            return ldt.atZone(zone).toEpochSecond();
        } catch (java.time.DateTimeException e) {
            throw PyErrors.overflowError("mktime argument out of range");
        }
    }
}
