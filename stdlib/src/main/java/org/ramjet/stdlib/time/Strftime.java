package org.ramjet.stdlib.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * {@code time.strftime} in the C locale: the directives of glibc's {@code strftime}; an
 * unknown directive is copied as written, as glibc does.
 */
final class Strftime {
    private Strftime() {}

    private static final String[] FULL_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] FULL_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    static String format(String fmt, TimeTuples.Tm tm) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            directive(sb, d, tm);
        }
        return sb.toString();
    }

    private static String two(int v) {
        return v < 10 && v >= 0 ? "0" + v : Integer.toString(v);
    }

    private static void directive(StringBuilder sb, char d, TimeTuples.Tm tm) {
        switch (d) {
            case 'a': sb.append(TimeTuples.DAYS[tm.wday]); break;
            case 'A': sb.append(FULL_DAYS[tm.wday]); break;
            case 'b': case 'h': sb.append(TimeTuples.MONTHS[tm.mon]); break;
            case 'B': sb.append(FULL_MONTHS[tm.mon]); break;
            case 'c':
                sb.append(String.format("%s %s %2d %02d:%02d:%02d %d", TimeTuples.DAYS[tm.wday], TimeTuples.MONTHS[tm.mon],
                        tm.mday, tm.hour, tm.min, tm.sec, tm.year));
                break;
            case 'C': sb.append(two(Math.floorDiv(tm.year, 100))); break;
            case 'd': sb.append(two(tm.mday)); break;
            case 'D': sb.append(two(tm.mon + 1)).append('/').append(two(tm.mday)).append('/').append(two(Math.floorMod(tm.year, 100))); break;
            case 'e': sb.append(String.format("%2d", tm.mday)); break;
            case 'F': sb.append(tm.year).append('-').append(two(tm.mon + 1)).append('-').append(two(tm.mday)); break;
            case 'G': sb.append(isoYear(tm)); break;
            case 'g': sb.append(two(Math.floorMod(isoYear(tm), 100))); break;
            case 'H': sb.append(two(tm.hour)); break;
            case 'I': sb.append(two(tm.hour % 12 == 0 ? 12 : tm.hour % 12)); break;
            case 'j': sb.append(String.format("%03d", tm.yday + 1)); break;
            case 'k': sb.append(String.format("%2d", tm.hour)); break;
            case 'l': sb.append(String.format("%2d", tm.hour % 12 == 0 ? 12 : tm.hour % 12)); break;
            case 'm': sb.append(two(tm.mon + 1)); break;
            case 'M': sb.append(two(tm.min)); break;
            case 'n': sb.append('\n'); break;
            case 'p': sb.append(tm.hour < 12 ? "AM" : "PM"); break;
            case 'P': sb.append(tm.hour < 12 ? "am" : "pm"); break;
            case 'r':
                sb.append(two(tm.hour % 12 == 0 ? 12 : tm.hour % 12)).append(':').append(two(tm.min)).append(':')
                        .append(two(tm.sec)).append(' ').append(tm.hour < 12 ? "AM" : "PM");
                break;
            case 'R': sb.append(two(tm.hour)).append(':').append(two(tm.min)); break;
            case 'S': sb.append(two(tm.sec)); break;
            case 't': sb.append('\t'); break;
            case 'T': sb.append(two(tm.hour)).append(':').append(two(tm.min)).append(':').append(two(tm.sec)); break;
            case 'u': sb.append(tm.wday == 0 ? 7 : tm.wday); break;
            case 'U': sb.append(two((tm.yday + 7 - tm.wday) / 7)); break;
            case 'V': sb.append(two(isoWeek(tm))); break;
            case 'w': sb.append(tm.wday); break;
            case 'W': sb.append(two((tm.yday + 7 - (tm.wday + 6) % 7) / 7)); break;
            case 'x': sb.append(two(tm.mon + 1)).append('/').append(two(tm.mday)).append('/').append(two(Math.floorMod(tm.year, 100))); break;
            case 'X': sb.append(two(tm.hour)).append(':').append(two(tm.min)).append(':').append(two(tm.sec)); break;
            case 'y': sb.append(two(Math.floorMod(tm.year, 100))); break;
            case 'Y': sb.append(tm.year); break;
            case 'z': {
                long off = tm.zone == null ? 0 : tm.gmtoff;
                long a = Math.abs(off) / 60;
                sb.append(off < 0 ? '-' : '+').append(two((int) (a / 60))).append(two((int) (a % 60)));
                break;
            }
            case 'Z': sb.append(tm.zone == null ? "" : tm.zone); break;
            case '%': sb.append('%'); break;
            default: sb.append('%').append(d); break;
        }
    }

    private static LocalDate date(TimeTuples.Tm tm) {
        return LocalDate.of(tm.year, 1, 1).plusDays(tm.yday);
    }

    private static int isoYear(TimeTuples.Tm tm) {
        return date(tm).get(IsoFields.WEEK_BASED_YEAR);
    }

    private static int isoWeek(TimeTuples.Tm tm) {
        return date(tm).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
