package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scalar functions by name: each name maps to a factory that, given the argument and result types
 * the validator derived, returns the implementation (or nothing if those types are not supported).
 * Function families register themselves in {@link #standard()}.
 */
public final class FunctionLibrary {
    /** Creates a function for concrete argument types; empty if the types are not supported. */
    @FunctionalInterface
    public interface Factory {
        Optional<ScalarFunction> create(List<DataType> argTypes, DataType resultType);
    }

    private final Map<String, Factory> byName = new TreeMap<>();

    private static final FunctionLibrary STANDARD = build();

    /** The built-in functions. */
    public static FunctionLibrary standard() {
        return STANDARD;
    }

    private static FunctionLibrary build() {
        FunctionLibrary lib = new FunctionLibrary();
        MathFunctions.register(lib);
        StringFunctions.register(lib);
        return lib;
    }

    /** Adds (or replaces) the factory for {@code name} (case-insensitive). */
    public void register(String name, Factory factory) {
        byName.put(name.toLowerCase(Locale.ROOT), factory);
    }

    public boolean knows(String name) {
        return byName.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The implementation of {@code name} for these types, if any. */
    public Optional<ScalarFunction> resolve(
            String name, List<DataType> argTypes, DataType resultType) {
        Factory f = byName.get(name.toLowerCase(Locale.ROOT));
        return f == null ? Optional.empty() : f.create(argTypes, resultType);
    }
}
