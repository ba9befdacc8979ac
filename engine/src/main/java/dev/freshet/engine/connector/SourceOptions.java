package dev.freshet.engine.connector;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The WITH options of one CREATE SOURCE while a connector reads them: remembers which were used so
 * that a misspelt or unsupported option is an error instead of being ignored.
 */
final class SourceOptions {
    private final String connector;
    private final Map<String, String> options;
    private final Set<String> used = new HashSet<>();

    SourceOptions(String connector, Map<String, String> options) {
        this.connector = connector;
        this.options = options;
        used.add("connector");
    }

    @Nullable String get(String key) {
        used.add(key);
        return options.get(key);
    }

    String get(String key, String otherwise) {
        String v = get(key);
        return v == null ? otherwise : v;
    }

    String require(String key, String example) {
        String v = get(key);
        if (v == null || v.isBlank()) {
            throw new FreshetException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "the " + connector + " connector needs the option " + key)
                    .withHint("For example " + key + " = '" + example + "'.");
        }
        return v;
    }

    long getLong(String key, long otherwise) {
        String v = get(key);
        if (v == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw invalid(key, v, "an integer");
        }
    }

    double getDouble(String key, double otherwise) {
        String v = get(key);
        if (v == null) {
            return otherwise;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw invalid(key, v, "a number");
        }
    }

    /** Every option key (for prefix scans such as {@code properties.*}). */
    Set<String> keys() {
        return options.keySet();
    }

    FreshetException invalid(String key, String value, String expected) {
        return new FreshetException(
                ErrorCode.INVALID_PARAMETER_VALUE,
                "invalid value for option " + key + ": \"" + value + "\" is not " + expected);
    }

    /** Fails on the first option (in written order) that no connector code asked for. */
    void checkAllUsed() {
        for (String key : options.keySet()) {
            if (!used.contains(key)) {
                throw new FreshetException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "unrecognized option \"" + key + "\" for the " + connector + " connector");
            }
        }
    }
}
