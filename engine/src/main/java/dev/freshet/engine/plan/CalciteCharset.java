package dev.freshet.engine.plan;

/**
 * Makes Calcite treat character literals as UTF-8 (its default is ISO-8859-1, which rejects {@code
 * 'héllo ✓'} with "Failed to encode"). Calcite reads these properties once, when its system
 * properties class loads, so {@link #install()} must run before any statement is parsed: the
 * engine's entry points call it from a static initializer.
 */
public final class CalciteCharset {
    private CalciteCharset() {}

    static {
        setIfAbsent("calcite.default.charset", "UTF-8");
        setIfAbsent("calcite.default.nationalcharset", "UTF-8");
        setIfAbsent("calcite.default.collation.name", "UTF-8$en_US");
    }

    /** Idempotent; the work happens once, in the static initializer. */
    public static void install() {}

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
