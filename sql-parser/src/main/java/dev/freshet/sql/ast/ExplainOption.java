package dev.freshet.sql.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One option of {@code EXPLAIN (option [value], ...)}, such as {@code verbose} or {@code format
 * json}.
 *
 * @param name the option name, lower-case
 * @param value the value as written (unquoted; words lower-case), or null if none was given
 */
public record ExplainOption(String name, @Nullable String value) {
    public ExplainOption {
        Objects.requireNonNull(name);
    }

    /** Whether the option is on: given without a value, or with a true-ish value. */
    public boolean enabled() {
        return value == null
                || switch (value) {
                    case "true", "on", "1", "yes" -> true;
                    default -> false;
                };
    }
}
