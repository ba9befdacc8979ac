package dev.freshet.tests.property;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares two query results as multisets of rows, with numeric tolerance:
 *
 * <ul>
 *   <li>NULL equals only NULL;
 *   <li>integers and NUMERIC compare numerically, so {@code 1.50} equals {@code 1.5};
 *   <li>a NUMERIC with 12 or more significant fractional digits is the result of a division ({@code
 *       avg}), whose scale engines choose differently: two such values are equal when they agree
 *       after rounding both to one digit fewer than the shorter has;
 *   <li>REAL/DOUBLE compare within 1e-9 relative (or 1e-12 absolute, near zero); NaN equals NaN;
 *   <li>everything else compares as text.
 * </ul>
 *
 * A column compares by the looser of the two sides' kinds (see {@link ValueKind#meet}). Exact
 * matches are found by hashing, so large results compare in linear time.
 */
final class MultisetDiff {
    private static final double RELATIVE_TOLERANCE = 1e-9;
    private static final double ABSOLUTE_TOLERANCE = 1e-12;
    private static final int DIVISION_SCALE = 12;
    private static final long PAIRWISE_LIMIT = 4_000_000;

    private MultisetDiff() {}

    /**
     * The difference between the expected and actual rows, or empty if they are equal as multisets.
     */
    static Optional<String> diff(ResultRows expected, ResultRows actual) {
        if (expected.kinds().size() != actual.kinds().size()) {
            return Optional.of(
                    "column count differs: expected "
                            + expected.kinds().size()
                            + ", actual "
                            + actual.kinds().size());
        }
        List<ValueKind> kinds = new ArrayList<>();
        for (int i = 0; i < expected.kinds().size(); i++) {
            kinds.add(expected.kinds().get(i).meet(actual.kinds().get(i)));
        }
        // Exact matching on canonical values first (linear), then tolerance matching of what is
        // left: rows bucketed by a coarse rounding, then pairwise if the leftovers are few.
        List<List<String>> missing = new ArrayList<>();
        List<List<String>> extra = new ArrayList<>();
        subtract(
                expected.rows(),
                actual.rows(),
                row -> canonical(kinds, row, false),
                missing,
                extra);
        List<List<String>> missingCoarse = new ArrayList<>();
        List<List<String>> extraCoarse = new ArrayList<>();
        subtractWithTolerance(kinds, missing, extra, missingCoarse, extraCoarse);
        missing = missingCoarse;
        extra = extraCoarse;
        if ((long) missing.size() * extra.size() <= PAIRWISE_LIMIT) {
            for (var it = missing.iterator(); it.hasNext(); ) {
                List<String> row = it.next();
                for (int j = 0; j < extra.size(); j++) {
                    if (rowsEqual(kinds, row, extra.get(j))) {
                        extra.remove(j);
                        it.remove();
                        break;
                    }
                }
            }
        }
        Comparator<List<String>> order = rowOrder();
        missing.sort(order);
        extra.sort(order);
        if (missing.isEmpty() && extra.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text =
                new StringBuilder()
                        .append(expected.rows().size())
                        .append(" rows expected, ")
                        .append(actual.rows().size())
                        .append(" rows actual\n");
        text.append("  missing (expected, not in actual): ").append(missing.size()).append('\n');
        for (List<String> row : missing) {
            text.append("    - ").append(format(row)).append('\n');
        }
        text.append("  unexpected (in actual, not expected): ").append(extra.size()).append('\n');
        for (List<String> row : extra) {
            text.append("    + ").append(format(row)).append('\n');
        }
        return Optional.of(text.toString());
    }

    /**
     * Removes from {@code expected} and {@code actual} the rows with equal keys, multiset-wise,
     * leaving the rest (in their original order) in {@code missing} and {@code extra}.
     */
    private static void subtract(
            List<List<String>> expected,
            List<List<String>> actual,
            Function<List<String>, List<String>> key,
            List<List<String>> missing,
            List<List<String>> extra) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (List<String> row : expected) {
            counts.merge(key.apply(row), 1, Integer::sum);
        }
        for (List<String> row : actual) {
            List<String> k = key.apply(row);
            Integer count = counts.get(k);
            if (count == null) {
                extra.add(row);
            } else if (count == 1) {
                counts.remove(k);
            } else {
                counts.put(k, count - 1);
            }
        }
        for (List<String> row : expected) {
            List<String> k = key.apply(row);
            Integer count = counts.get(k);
            if (count != null) {
                missing.add(row);
                if (count == 1) {
                    counts.remove(k);
                } else {
                    counts.put(k, count - 1);
                }
            }
        }
    }

    /**
     * Pairs leftover rows whose coarse keys agree and whose values are equal within tolerance; what
     * cannot be paired goes to {@code missing} and {@code extra}.
     */
    private static void subtractWithTolerance(
            List<ValueKind> kinds,
            List<List<String>> expected,
            List<List<String>> actual,
            List<List<String>> missing,
            List<List<String>> extra) {
        Map<List<String>, List<List<String>>> buckets = new HashMap<>();
        for (List<String> row : actual) {
            buckets.computeIfAbsent(canonical(kinds, row, true), k -> new ArrayList<>()).add(row);
        }
        for (List<String> row : expected) {
            List<List<String>> bucket = buckets.get(canonical(kinds, row, true));
            boolean matched = false;
            if (bucket != null) {
                for (int j = 0; j < bucket.size(); j++) {
                    if (rowsEqual(kinds, row, bucket.get(j))) {
                        bucket.remove(j);
                        matched = true;
                        break;
                    }
                }
            }
            if (!matched) {
                missing.add(row);
            }
        }
        for (List<String> row : actual) {
            List<List<String>> bucket = buckets.get(canonical(kinds, row, true));
            // Each remaining row in a bucket is one unmatched occurrence.
            if (bucket != null && bucket.remove(row)) {
                extra.add(row);
            }
        }
    }

    /**
     * A row's values in a canonical text form: numbers without trailing zeros, doubles as Java
     * prints them. {@code coarse} also rounds doubles to 8 significant digits and long fractions
     * (divisions) to 8 decimals, so that values equal within tolerance usually share a key.
     */
    private static List<String> canonical(List<ValueKind> kinds, List<String> row, boolean coarse) {
        List<String> key = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            key.add(canonicalValue(kinds.get(i), row.get(i), coarse));
        }
        return key;
    }

    private static String canonicalValue(ValueKind kind, String value, boolean coarse) {
        if (value == null) {
            return "\u0000NULL";
        }
        try {
            return switch (kind) {
                case TEXT -> value;
                case INTEGER, NUMERIC -> {
                    BigDecimal number = new BigDecimal(value).stripTrailingZeros();
                    if (coarse && number.scale() >= DIVISION_SCALE) {
                        number = number.setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros();
                    }
                    yield number.toPlainString();
                }
                case FLOAT -> {
                    double number = parseDouble(value);
                    if (coarse && Double.isFinite(number) && number != 0) {
                        yield new BigDecimal(number)
                                .round(new MathContext(8, RoundingMode.HALF_EVEN))
                                .stripTrailingZeros()
                                .toPlainString();
                    }
                    yield Double.toString(number == 0 ? 0.0 : number);
                }
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }

    static boolean rowsEqual(List<ValueKind> kinds, List<String> a, List<String> b) {
        for (int i = 0; i < kinds.size(); i++) {
            if (!valuesEqual(kinds.get(i), a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean valuesEqual(ValueKind kind, String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        try {
            return switch (kind) {
                case TEXT -> a.equals(b);
                case INTEGER, NUMERIC -> numericEqual(new BigDecimal(a), new BigDecimal(b));
                case FLOAT -> floatEqual(parseDouble(a), parseDouble(b));
            };
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    private static boolean numericEqual(BigDecimal a, BigDecimal b) {
        if (a.compareTo(b) == 0) {
            return true;
        }
        int scaleA = a.stripTrailingZeros().scale();
        int scaleB = b.stripTrailingZeros().scale();
        if (scaleA < DIVISION_SCALE || scaleB < DIVISION_SCALE) {
            return false;
        }
        int scale = Math.min(scaleA, scaleB) - 1;
        return a.setScale(scale, RoundingMode.HALF_EVEN)
                        .compareTo(b.setScale(scale, RoundingMode.HALF_EVEN))
                == 0;
    }

    private static boolean floatEqual(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double difference = Math.abs(a - b);
        return difference <= ABSOLUTE_TOLERANCE
                || difference <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static double parseDouble(String text) {
        return switch (text) {
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static Comparator<List<String>> rowOrder() {
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String x = a.get(i);
                String y = b.get(i);
                if (x == null || y == null) {
                    if (x != y) {
                        return x == null ? -1 : 1;
                    }
                    continue;
                }
                int c = x.compareTo(y);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
    }

    static String format(List<String> row) {
        List<String> values = new ArrayList<>(row.size());
        for (String value : row) {
            values.add(value == null ? "NULL" : value.isEmpty() ? "(empty)" : value);
        }
        return String.join(" | ", values);
    }
}
