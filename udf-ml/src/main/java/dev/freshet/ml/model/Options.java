package dev.freshet.ml.model;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Model options as they arrive from SQL ({@code WITH (learning_rate = '0.1', ...)}): a map of
 * case-insensitive names to text values. Readers take the options they know, with a default and a
 * valid range; {@link #checkAllUsed} then rejects anything left over, naming the valid options.
 * Every error is a {@link FreshetException} with {@link ErrorCode#INVALID_PARAMETER_VALUE}.
 */
public final class Options {
    private final String algorithm;
    private final TreeMap<String, String> values = new TreeMap<>();
    private final Set<String> known = new TreeSet<>();

    /** Options for {@code algorithm} (used in error messages). */
    public Options(String algorithm, Map<String, String> raw) {
        this.algorithm = algorithm;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT).trim();
            if (values.put(key, e.getValue().trim()) != null) {
                throw error("option \"" + key + "\" is given twice");
            }
        }
    }

    /** No options. */
    public static Options empty(String algorithm) {
        return new Options(algorithm, Map.of());
    }

    /** Whether {@code key} was given. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    private FreshetException error(String message) {
        return new FreshetException(ErrorCode.INVALID_PARAMETER_VALUE, message);
    }

    private FreshetException badValue(String key, String value, String expected) {
        return error(
                "invalid value \""
                        + value
                        + "\" for option \""
                        + key
                        + "\" of "
                        + algorithm
                        + ": expected "
                        + expected);
    }

    private String take(String key) {
        known.add(key);
        return values.get(key);
    }

    /** A real number in {@code [min, max]}. */
    public double getDouble(String key, double defaultValue, double min, double max) {
        String v = take(key);
        if (v == null) {
            return defaultValue;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw badValue(key, v, "a number");
        }
        if (!(d >= min && d <= max)) {
            throw badValue(key, v, "a number between " + min + " and " + max);
        }
        return d;
    }

    /** A real number in {@code (min, max]}: strictly above {@code min}. */
    public double getPositive(String key, double defaultValue, double max) {
        double d = getDouble(key, defaultValue, 0.0, max);
        if (d == 0.0) {
            throw badValue(key, values.get(key), "a number above 0");
        }
        return d;
    }

    /** An integer in {@code [min, max]}. */
    public int getInt(String key, int defaultValue, int min, int max) {
        String v = take(key);
        if (v == null) {
            return defaultValue;
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw badValue(key, v, "an integer");
        }
        if (n < min || n > max) {
            throw badValue(key, v, "an integer between " + min + " and " + max);
        }
        return (int) n;
    }

    /** A 64-bit integer (seeds). */
    public long getLong(String key, long defaultValue) {
        String v = take(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw badValue(key, v, "an integer");
        }
    }

    /** {@code true/false/on/off/1/0}. */
    public boolean getBoolean(String key, boolean defaultValue) {
        String v = take(key);
        if (v == null) {
            return defaultValue;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw badValue(key, v, "true or false");
        };
    }

    /** One of an enum's constants, matched case-insensitively by name. */
    public <E extends Enum<E>> E getEnum(String key, E defaultValue, E[] choices) {
        String v = take(key);
        if (v == null) {
            return defaultValue;
        }
        StringBuilder names = new StringBuilder();
        for (E c : choices) {
            if (c.name().equalsIgnoreCase(v)) {
                return c;
            }
            if (!names.isEmpty()) {
                names.append(" | ");
            }
            names.append(c.name().toLowerCase(Locale.ROOT));
        }
        throw badValue(key, v, names.toString());
    }

    /** Marks {@code key} as a valid option without reading it (read elsewhere). */
    public void allow(String key) {
        known.add(key);
    }

    /** Fails if any given option was not read by anyone; the message lists the valid ones. */
    public void checkAllUsed() {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw error(
                        "unknown option \""
                                + key
                                + "\" for "
                                + algorithm
                                + "; valid options: "
                                + String.join(", ", known));
            }
        }
    }
}
