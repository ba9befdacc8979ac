package dev.freshet.engine.type;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Time zones as PostgreSQL resolves them: UTC offsets of instants, local times to instants (with
 * PostgreSQL's choice in DST gaps and overlaps), zone names looked up case-insensitively, and the
 * fixed-offset abbreviations ({@code EST}, {@code CEST}, ...) of PostgreSQL's default set that
 * Freshet knows.
 */
public final class PgTimeZones {
    private PgTimeZones() {}

    /** The largest UTC offset PostgreSQL accepts in input, in hours. */
    static final int MAX_OFFSET_HOURS = 15;

    /** A fixed UTC offset spelled as an abbreviation, e.g. {@code EST} = -05:00. */
    record Abbreviation(int offsetSeconds, boolean daylight) {}

    /**
     * The fixed-offset abbreviations of PostgreSQL's {@code Default} timezone_abbreviations set
     * that Freshet recognises (offsets east of UTC). Abbreviations whose meaning PostgreSQL takes
     * from a zone's history ({@code MSK}, {@code SGT}, ...) are not included.
     */
    private static final Map<String, Abbreviation> ABBREVIATIONS =
            Map.ofEntries(
                    fixed("utc", 0),
                    fixed("ut", 0),
                    fixed("gmt", 0),
                    fixed("z", 0),
                    fixed("zulu", 0),
                    fixed("wet", 0),
                    fixed("est", -5 * 3600),
                    daylight("edt", -4 * 3600),
                    fixed("cst", -6 * 3600),
                    daylight("cdt", -5 * 3600),
                    fixed("mst", -7 * 3600),
                    daylight("mdt", -6 * 3600),
                    fixed("pst", -8 * 3600),
                    daylight("pdt", -7 * 3600),
                    fixed("akst", -9 * 3600),
                    daylight("akdt", -8 * 3600),
                    fixed("hst", -10 * 3600),
                    fixed("ast", -4 * 3600),
                    daylight("adt", -3 * 3600),
                    fixed("nst", -12_600),
                    daylight("ndt", -9000),
                    fixed("cet", 3600),
                    daylight("cest", 2 * 3600),
                    daylight("bst", 3600),
                    fixed("eet", 2 * 3600),
                    daylight("eest", 3 * 3600),
                    fixed("ist", 2 * 3600),
                    fixed("sast", 2 * 3600),
                    fixed("wat", 3600),
                    fixed("eat", 3 * 3600),
                    fixed("pkt", 5 * 3600),
                    fixed("ict", 7 * 3600),
                    fixed("hkt", 8 * 3600),
                    fixed("pht", 8 * 3600),
                    fixed("awst", 8 * 3600),
                    fixed("jst", 9 * 3600),
                    fixed("kst", 9 * 3600),
                    fixed("acst", 34_200),
                    daylight("acdt", 37_800),
                    fixed("aest", 10 * 3600),
                    daylight("aedt", 11 * 3600),
                    fixed("nzst", 12 * 3600),
                    daylight("nzdt", 13 * 3600));

    private static Map.Entry<String, Abbreviation> fixed(String name, int offset) {
        return Map.entry(name, new Abbreviation(offset, false));
    }

    private static Map.Entry<String, Abbreviation> daylight(String name, int offset) {
        return Map.entry(name, new Abbreviation(offset, true));
    }

    /** The abbreviation spelled {@code lowerName} (lower case), or null. */
    static @Nullable Abbreviation abbreviation(String lowerName) {
        return ABBREVIATIONS.get(lowerName);
    }

    /** Zone ids by lower-cased name; built on first use. */
    private static final class ZoneIndex {
        static final Map<String, String> BY_LOWER_NAME = build();

        private static Map<String, String> build() {
            Map<String, String> m = new HashMap<>();
            for (String id : ZoneId.getAvailableZoneIds()) {
                m.put(id.toLowerCase(Locale.ROOT), id);
            }
            return m;
        }
    }

    /**
     * The zone named {@code name}, matched case-insensitively against the IANA names (e.g. {@code
     * america/new_york}), or a POSIX-style fixed offset {@code STD[+-]hh[:mm[:ss]]} such as {@code
     * UTC+3} (which, as in POSIX and PostgreSQL, is three hours <em>west</em> of UTC). Null if the
     * name is not recognised, including POSIX zones with daylight-saving rules ({@code FOO5BAR})
     * and offsets beyond 18 hours, which PostgreSQL accepts.
     */
    public static @Nullable ZoneId zone(String name) {
        String id = ZoneIndex.BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT));
        if (id != null) {
            return ZoneId.of(id);
        }
        return posixOffset(name);
    }

    private static @Nullable ZoneId posixOffset(String name) {
        int i = 0;
        int n = name.length();
        while (i < n && isAsciiLetter(name.charAt(i))) {
            i++;
        }
        if (i == 0 || i == n) {
            return null;
        }
        int sign = 1;
        char c = name.charAt(i);
        if (c == '+' || c == '-') {
            sign = c == '-' ? -1 : 1;
            i++;
        }
        int[] parts = new int[3];
        int part = 0;
        while (true) {
            int start = i;
            int v = 0;
            while (i < n && i - start < 3 && isDigit(name.charAt(i))) {
                v = v * 10 + (name.charAt(i) - '0');
                i++;
            }
            if (i == start) {
                return null;
            }
            parts[part++] = v;
            if (i == n) {
                break;
            }
            if (name.charAt(i) != ':' || part == 3) {
                return null;
            }
            i++;
        }
        if (parts[1] > 59 || parts[2] > 59) {
            return null;
        }
        int seconds = parts[0] * 3600 + parts[1] * 60 + parts[2];
        if (seconds > 18 * 3600) {
            return null;
        }
        // POSIX offsets count hours west of Greenwich.
        return ZoneOffset.ofTotalSeconds(-sign * seconds);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True if {@code zone} has the same offset at every instant. */
    static boolean isFixedOffset(ZoneId zone) {
        return zone instanceof ZoneOffset || zone.getRules().isFixedOffset();
    }

    /**
     * A zone's offsets as sorted arrays, for allocation-free lookups: offset {@code offsets[i]}
     * holds from {@code starts[i]} (epoch seconds) to the next start; before {@code starts[0]} the
     * zone's first offset holds. Covers transitions up to {@link #TABLE_END_SECOND}; later instants
     * go to {@link ZoneRules}.
     */
    private record ZoneTable(ZoneId zone, long[] starts, int[] offsets, int firstOffset) {
        static ZoneTable of(ZoneId zone) {
            ZoneRules rules = zone.getRules();
            int first = rules.getOffset(Instant.MIN).getTotalSeconds();
            long[] starts = new long[64];
            int[] offsets = new int[64];
            int n = 0;
            ZoneOffsetTransition t = rules.nextTransition(Instant.MIN);
            while (t != null && t.toEpochSecond() < TABLE_END_SECOND) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    offsets = Arrays.copyOf(offsets, n * 2);
                }
                starts[n] = t.toEpochSecond();
                offsets[n] = t.getOffsetAfter().getTotalSeconds();
                n++;
                t = rules.nextTransition(t.getInstant());
            }
            return new ZoneTable(zone, Arrays.copyOf(starts, n), Arrays.copyOf(offsets, n), first);
        }

        int offsetAt(long second) {
            int i = Arrays.binarySearch(starts, second);
            if (i < 0) {
                i = -i - 2;
            }
            return i < 0 ? firstOffset : offsets[i];
        }
    }

    /** 2200-01-01 00:00 UTC: zone tables list transitions up to here. */
    private static final long TABLE_END_SECOND = 7_258_118_400L;

    private static final ConcurrentHashMap<ZoneId, ZoneTable> TABLES = new ConcurrentHashMap<>();

    /** The table used last; a racy read sees an older or newer table, both immutable. */
    private static volatile ZoneTable lastTable = ZoneTable.of(ZoneOffset.UTC);

    /**
     * The UTC offset in seconds (east positive) of {@code zone} at the instant {@code utcMicros}.
     * Allocates nothing for instants before 2200 once the zone has been seen.
     */
    public static int offsetSeconds(ZoneId zone, long utcMicros) {
        if (zone instanceof ZoneOffset fixed) {
            return fixed.getTotalSeconds();
        }
        long second = Math.floorDiv(utcMicros, PgCalendar.MICROS_PER_SECOND);
        ZoneTable table = lastTable;
        if (table.zone != zone && !table.zone.equals(zone)) {
            table = TABLES.computeIfAbsent(zone, ZoneTable::of);
            lastTable = table;
        }
        if (second < TABLE_END_SECOND) {
            return table.offsetAt(second);
        }
        return zone.getRules().getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
    }

    /**
     * The UTC offset in seconds (east positive) that a wall-clock time {@code localMicros}
     * (microseconds since 1970-01-01 00:00 local) has in {@code zone}, choosing as PostgreSQL does:
     * in a spring-forward gap the offset before the transition, in a fall-back overlap the offset
     * after it.
     */
    public static int localOffsetSeconds(ZoneId zone, long localMicros) {
        if (zone instanceof ZoneOffset fixed) {
            return fixed.getTotalSeconds();
        }
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return rules.getOffset(Instant.EPOCH).getTotalSeconds();
        }
        long second = Math.floorDiv(localMicros, PgCalendar.MICROS_PER_SECOND);
        LocalDateTime local = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (transition == null) {
            return rules.getOffset(local).getTotalSeconds();
        }
        return transition.isGap()
                ? transition.getOffsetBefore().getTotalSeconds()
                : transition.getOffsetAfter().getTotalSeconds();
    }

    /**
     * The instant (µs since 1970-01-01 UTC) of wall-clock time {@code localMicros} in {@code zone}.
     */
    public static long localToUtc(long localMicros, ZoneId zone) {
        return localMicros - localOffsetSeconds(zone, localMicros) * PgCalendar.MICROS_PER_SECOND;
    }

    /**
     * The wall-clock time in {@code zone} (µs since 1970-01-01 local) of instant {@code utcMicros}.
     */
    public static long utcToLocal(long utcMicros, ZoneId zone) {
        return utcMicros + offsetSeconds(zone, utcMicros) * PgCalendar.MICROS_PER_SECOND;
    }
}
