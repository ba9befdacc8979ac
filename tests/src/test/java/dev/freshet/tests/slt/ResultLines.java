package dev.freshet.tests.slt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns rows into the lines a query's expected block is compared with, as sqllogictest-rs's default
 * validator does: sort (rows as lists of values, or every value alone), optionally replace by an
 * MD5 hash, then each value trimmed with inner whitespace runs collapsed to one space and the
 * values of a row joined by single spaces. Expected lines are normalised the same way, so column
 * alignment in a file does not matter.
 */
final class ResultLines {
    /** Compares strings by code point, which is the byte order of their UTF-8 encoding. */
    static final Comparator<String> CODE_POINT_ORDER =
            (a, b) -> {
                int i = 0;
                int j = 0;
                while (i < a.length() && j < b.length()) {
                    int ca = a.codePointAt(i);
                    int cb = b.codePointAt(j);
                    if (ca != cb) {
                        return Integer.compare(ca, cb);
                    }
                    i += Character.charCount(ca);
                    j += Character.charCount(cb);
                }
                return Integer.compare(a.length() - i, b.length() - j);
            };

    private static final Comparator<List<String>> ROW_ORDER =
            (a, b) -> {
                for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                    int c = CODE_POINT_ORDER.compare(a.get(i), b.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(a.size(), b.size());
            };

    private ResultLines() {}

    /** The comparable lines of actual rows (values already rendered). */
    static List<String> actual(List<List<String>> rows, SortMode mode, long hashThreshold) {
        List<List<String>> ordered =
                switch (mode) {
                    case NOSORT -> rows;
                    case ROWSORT -> rows.stream().sorted(ROW_ORDER).toList();
                    case VALUESORT ->
                            rows.stream()
                                    .flatMap(List::stream)
                                    .sorted(CODE_POINT_ORDER)
                                    .map(List::of)
                                    .toList();
                };
        long values = ordered.stream().mapToLong(List::size).sum();
        if (hashThreshold > 0 && values > hashThreshold) {
            return List.of(values + " values hashing to " + md5(ordered));
        }
        List<String> lines = new ArrayList<>(ordered.size());
        for (List<String> row : ordered) {
            StringBuilder line = new StringBuilder();
            for (String value : row) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(normalize(value));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Expected lines, normalised. */
    static List<String> expected(List<String> lines) {
        return lines.stream().map(ResultLines::normalize).toList();
    }

    /**
     * A decimal or a time of day without trailing fractional zeros ({@code 1.50} to {@code 1.5},
     * {@code 2.00} to {@code 2}, {@code 00:00:20.210} to {@code 00:00:20.21}); other text
     * unchanged.
     */
    static String decimalByValue(String value) {
        if (value.matches("\\d{2}:\\d{2}:\\d{2}\\.\\d+([+-]\\d{2}(:\\d{2})?)?")) {
            // a time of day: fractional seconds without trailing zeros, zone offset kept
            int zone = Math.max(value.indexOf('+'), value.indexOf('-'));
            String time = zone < 0 ? value : value.substring(0, zone);
            String rest = zone < 0 ? "" : value.substring(zone);
            time = time.replaceAll("0+$", "");
            return (time.endsWith(".") ? time.substring(0, time.length() - 1) : time) + rest;
        }
        if (!value.matches("-?\\d+\\.\\d+")) {
            return value;
        }
        String v = value.replaceAll("0+$", "");
        return v.endsWith(".") ? v.substring(0, v.length() - 1) : v;
    }

    /**
     * Whether two result listings agree when decimals are compared by value: trailing fractional
     * zeros do not count, and two quotients printed to different precisions (both with at least
     * {@value #QUOTIENT_DIGITS} fractional digits) agree when the longer rounds to the shorter.
     * Everything else must be equal text.
     */
    static boolean sameDecimalsByValue(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i).split(" ");
            String[] a = actual.get(i).split(" ");
            if (e.length != a.length) {
                return false;
            }
            for (int j = 0; j < e.length; j++) {
                if (!decimalsAgree(e[j], a[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    static final int QUOTIENT_DIGITS = 12;

    static boolean decimalsAgree(String x, String y) {
        String a = decimalByValue(x);
        String b = decimalByValue(y);
        if (a.equals(b)) {
            return true;
        }
        if (!a.matches("-?\\d+\\.\\d+") || !b.matches("-?\\d+\\.\\d+")) {
            return false;
        }
        java.math.BigDecimal da = new java.math.BigDecimal(a);
        java.math.BigDecimal db = new java.math.BigDecimal(b);
        int scale = Math.min(da.scale(), db.scale());
        if (scale < QUOTIENT_DIGITS) {
            return false;
        }
        return da.setScale(scale, java.math.RoundingMode.HALF_UP)
                        .compareTo(db.setScale(scale, java.math.RoundingMode.HALF_UP))
                == 0;
    }

    /** Trims and collapses every run of ASCII whitespace to one space. */
    static String normalize(String text) {
        return String.join(" ", text.strip().split("[ \\t\\n\\x0B\\f\\r]+"));
    }

    private static String md5(List<List<String>> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            for (List<String> row : rows) {
                for (String value : row) {
                    digest.update(value.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every JDK", e);
        }
    }
}
