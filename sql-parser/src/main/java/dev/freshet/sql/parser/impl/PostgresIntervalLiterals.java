package dev.freshet.sql.parser.impl;

import dev.freshet.sql.parser.PostgresTypeNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's interval literal without a qualifier, {@code INTERVAL '5 minutes'}.
 *
 * <p>When the text is a list of {@code <number> <unit>} terms that all fall on one side of
 * Calcite's interval split (years and months, or days down to microseconds) with one sign, it
 * becomes the equivalent SQL-standard literal that Calcite and its window functions understand:
 * {@code '5 minutes'} is {@code INTERVAL '5' MINUTE}, {@code '1 hour 30 minutes'} is {@code
 * INTERVAL '1:30' HOUR TO MINUTE}, {@code '1 year 2 months'} is {@code INTERVAL '1-2' YEAR TO
 * MONTH}. Anything else (months mixed with days, fractions of minutes, ISO 8601 text, ...) becomes
 * {@code CAST('text' AS interval)}, PostgreSQL's meaning of the literal, for the engine to
 * evaluate.
 */
final class PostgresIntervalLiterals {
    private PostgresIntervalLiterals() {}

    private static final BigInteger MICROS_PER_SECOND = BigInteger.valueOf(1_000_000L);

    /** The literal for {@code INTERVAL [+|-] 'text'} (sign is 1 or -1). */
    static SqlNode of(SqlParserPos pos, int sign, String text) {
        SqlNode standard = standardLiteral(pos, sign, text);
        if (standard != null) {
            return standard;
        }
        SqlNode literal = SqlLiteral.createCharString(sign < 0 ? negate(text) : text, pos);
        SqlDataTypeSpec interval =
                new SqlDataTypeSpec(PostgresTypeNames.forName("interval", -1, -1, pos), pos);
        return SqlStdOperatorTable.CAST.createCall(pos, literal, interval);
    }

    private static String negate(String text) {
        return "-(" + text + ")";
    }

    private static @Nullable SqlNode standardLiteral(SqlParserPos pos, int sign, String text) {
        String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words.length % 2 != 0) {
            return null;
        }
        BigInteger months = BigInteger.ZERO;
        BigInteger micros = BigInteger.ZERO;
        TimeUnit largest = null;
        TimeUnit smallest = null;
        int termSign = 0;
        for (int i = 0; i < words.length; i += 2) {
            BigDecimal value;
            try {
                value = new BigDecimal(words[i]);
            } catch (NumberFormatException e) {
                return null;
            }
            TimeUnit unit = unit(words[i + 1]);
            if (unit == null) {
                return null;
            }
            int s = value.signum();
            if (s != 0) {
                if (termSign != 0 && s != termSign) {
                    return null;
                }
                termSign = s;
            }
            value = value.abs();
            BigDecimal perUnit = microsOrMonths(unit, words[i + 1]);
            BigDecimal amount = value.multiply(perUnit);
            if (amount.stripTrailingZeros().scale() > 0) {
                return null; // a fraction of the smallest representable step
            }
            TimeUnit field = field(unit, words[i + 1]);
            if (isYearMonth(field)) {
                if (value.stripTrailingZeros().scale() > 0) {
                    return null; // '1.5 years' is 18 months in PostgreSQL; leave it to the engine
                }
                months = months.add(amount.toBigIntegerExact());
            } else {
                if (field != TimeUnit.SECOND && value.stripTrailingZeros().scale() > 0) {
                    return null; // '1.5 hours' has no standard spelling here
                }
                micros = micros.add(amount.toBigIntegerExact());
            }
            if (largest == null || field.ordinal() < largest.ordinal()) {
                largest = field;
            }
            if (smallest == null || field.ordinal() > smallest.ordinal()) {
                smallest = field;
            }
        }
        if (largest == null || isYearMonth(largest) != isYearMonth(smallest)) {
            return null;
        }
        int totalSign = sign * (termSign == 0 ? 1 : termSign);
        String digits =
                isYearMonth(largest)
                        ? yearMonth(months, largest, smallest)
                        : dayTime(micros, largest, smallest);
        // Calcite's default precisions are 2 leading digits and 6 fractional ones.
        int leading = digits.split("[^0-9]", 2)[0].length();
        SqlIntervalQualifier qualifier =
                new SqlIntervalQualifier(
                        largest,
                        leading > 2 ? leading : -1,
                        largest == smallest ? null : smallest,
                        -1,
                        pos);
        return SqlLiteral.createInterval(totalSign, digits, qualifier, pos);
    }

    private static boolean isYearMonth(TimeUnit unit) {
        return unit == TimeUnit.YEAR || unit == TimeUnit.MONTH;
    }

    private static String yearMonth(BigInteger months, TimeUnit largest, TimeUnit smallest) {
        BigInteger twelve = BigInteger.valueOf(12);
        if (largest == TimeUnit.MONTH) {
            return months.toString();
        }
        BigInteger[] yearsAndMonths = months.divideAndRemainder(twelve);
        if (smallest == TimeUnit.YEAR) {
            return yearsAndMonths[0].toString();
        }
        return yearsAndMonths[0] + "-" + yearsAndMonths[1];
    }

    private static String dayTime(BigInteger micros, TimeUnit largest, TimeUnit smallest) {
        TimeUnit[] fields = {TimeUnit.DAY, TimeUnit.HOUR, TimeUnit.MINUTE, TimeUnit.SECOND};
        long[] microsPerField = {86_400_000_000L, 3_600_000_000L, 60_000_000L, 1_000_000L};
        StringBuilder out = new StringBuilder();
        BigInteger rest = micros;
        for (int f = 0; f < fields.length; f++) {
            TimeUnit field = fields[f];
            if (field.ordinal() < largest.ordinal() || field.ordinal() > smallest.ordinal()) {
                continue;
            }
            out.append(separatorBefore(field, largest));
            String value;
            if (field == TimeUnit.SECOND) {
                value = new BigDecimal(rest, 6).stripTrailingZeros().toPlainString();
            } else {
                BigInteger[] quotientAndRest =
                        rest.divideAndRemainder(BigInteger.valueOf(microsPerField[f]));
                value = quotientAndRest[0].toString();
                rest = quotientAndRest[1]; // zero after the smallest field: terms are whole units
            }
            // fields after the leading one have two integer digits, as in '1 02:00:03.5'
            int integerDigits = value.indexOf('.') < 0 ? value.length() : value.indexOf('.');
            if (field != largest && integerDigits < 2) {
                value = "0" + value;
            }
            out.append(value);
        }
        return out.toString();
    }

    private static String separatorBefore(TimeUnit field, TimeUnit largest) {
        if (field == largest) {
            return "";
        }
        return largest == TimeUnit.DAY && field == TimeUnit.HOUR ? " " : ":";
    }

    /** Microseconds (day-time units) or months (year-month units) in one unit. */
    private static BigDecimal microsOrMonths(TimeUnit unit, String word) {
        return switch (unit) {
            case MILLENNIUM -> BigDecimal.valueOf(12_000);
            case CENTURY -> BigDecimal.valueOf(1_200);
            case DECADE -> BigDecimal.valueOf(120);
            case YEAR -> BigDecimal.valueOf(12);
            case MONTH -> BigDecimal.ONE;
            case WEEK -> BigDecimal.valueOf(7L * 86_400_000_000L);
            case DAY -> BigDecimal.valueOf(86_400_000_000L);
            case HOUR -> BigDecimal.valueOf(3_600_000_000L);
            case MINUTE -> BigDecimal.valueOf(60_000_000L);
            case SECOND -> new BigDecimal(MICROS_PER_SECOND);
            case MILLISECOND -> BigDecimal.valueOf(1_000L);
            case MICROSECOND -> BigDecimal.ONE;
            default -> throw new IllegalArgumentException(word);
        };
    }

    /** The interval field a unit is counted in. */
    private static TimeUnit field(TimeUnit unit, String word) {
        return switch (unit) {
            case MILLENNIUM, CENTURY, DECADE, YEAR -> TimeUnit.YEAR;
            case MONTH -> TimeUnit.MONTH;
            case WEEK, DAY -> TimeUnit.DAY;
            case HOUR -> TimeUnit.HOUR;
            case MINUTE -> TimeUnit.MINUTE;
            case SECOND, MILLISECOND, MICROSECOND -> TimeUnit.SECOND;
            default -> throw new IllegalArgumentException(word);
        };
    }

    /** PostgreSQL's unit words (singular, plural and abbreviations), or null. */
    private static @Nullable TimeUnit unit(String word) {
        return switch (word) {
            case "millennium", "millennia", "millenniums", "mil", "mils" -> TimeUnit.MILLENNIUM;
            case "century", "centuries", "c", "cent" -> TimeUnit.CENTURY;
            case "decade", "decades", "dec", "decs" -> TimeUnit.DECADE;
            case "year", "years", "y", "yr", "yrs" -> TimeUnit.YEAR;
            case "month", "months", "mon", "mons" -> TimeUnit.MONTH;
            case "week", "weeks", "w" -> TimeUnit.WEEK;
            case "day", "days", "d" -> TimeUnit.DAY;
            case "hour", "hours", "h", "hr", "hrs" -> TimeUnit.HOUR;
            case "minute", "minutes", "m", "min", "mins" -> TimeUnit.MINUTE;
            case "second", "seconds", "s", "sec", "secs" -> TimeUnit.SECOND;
            case "millisecond", "milliseconds", "ms", "msec", "msecs" -> TimeUnit.MILLISECOND;
            case "microsecond", "microseconds", "us", "usec", "usecs" -> TimeUnit.MICROSECOND;
            default -> null;
        };
    }
}
