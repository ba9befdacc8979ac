package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Scalar functions and operators by name, as PostgreSQL's {@code pg_proc} and {@code pg_operator}:
 * each name has a {@link Resolver} that picks the implementation for a call's argument types, with
 * the conversions the arguments need and the result type. Operators are registered under their
 * symbol ({@code +}, {@code ||}, {@code ~}, ...).
 *
 * <p>The validator asks the library for result types ({@code FreshetOperatorTable}) and the planner
 * for kernels ({@code RexToExpr}), so both agree by construction. Function families register
 * themselves in {@link #standard()}; the standard library is immutable once built.
 */
public final class FunctionLibrary {
    /** Chooses the implementation of one name for a call's argument types. */
    @FunctionalInterface
    public interface Resolver {
        /**
         * @param args argument types; {@link dev.freshet.engine.type.TypeKind#UNKNOWN} for an
         *     untyped literal ({@code 'text'} or {@code NULL})
         * @return empty if no implementation accepts these types
         */
        Optional<Resolution> resolve(List<DataType> args);
    }

    private final Map<String, Resolver> byName = new TreeMap<>();

    private static final FunctionLibrary STANDARD = build();

    /** The built-in functions and operators. */
    public static FunctionLibrary standard() {
        return STANDARD;
    }

    private static FunctionLibrary build() {
        FunctionLibrary lib = new FunctionLibrary();
        ComparisonFunctions.register(lib);
        ArithmeticFunctions.register(lib);
        BitFunctions.register(lib);
        MathFunctions.register(lib);
        StringFunctions.register(lib);
        PatternFunctions.register(lib);
        ConditionalFunctions.register(lib);
        DateTimeArithmeticFunctions.register(lib);
        DateTimeFunctions.register(lib);
        FormattingFunctions.register(lib);
        JsonbFunctions.register(lib);
        ArrayFunctions.register(lib);
        SystemFunctions.register(lib);
        return lib;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Sets the resolver for {@code name} (case-insensitive), replacing any signatures. */
    public void register(String name, Resolver resolver) {
        byName.put(key(name), resolver);
    }

    /** Adds a signature to {@code name}; earlier signatures win ties. */
    public void overload(String name, Overload overload) {
        Resolver r = byName.get(key(name));
        OverloadSet set;
        if (r instanceof OverloadSet s) {
            set = s;
        } else {
            set = new OverloadSet();
            byName.put(key(name), set);
        }
        set.add(overload);
    }

    /** Adds the signature {@code name(params...) -> result}. */
    public void define(String name, DataType result, Resolution.Binder binder, DataType... params) {
        List<ParamType> ps = new ArrayList<>(params.length);
        for (DataType p : params) {
            ps.add(ParamType.of(p));
        }
        overload(name, new Overload(ps, null, ParamType.of(result), binder));
    }

    /** Adds a signature with polymorphic parameters or result. */
    public void define(
            String name,
            ParamType result,
            @Nullable ParamType variadic,
            Resolution.Binder binder,
            ParamType... params) {
        overload(name, new Overload(List.of(params), variadic, result, binder));
    }

    public boolean knows(String name) {
        return byName.containsKey(key(name));
    }

    /** Every registered name, lower case, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    /** The implementation of {@code name} for these argument types, if any. */
    public Optional<Resolution> resolve(String name, List<DataType> args) {
        Resolver r = byName.get(key(name));
        return r == null ? Optional.empty() : r.resolve(args);
    }
}
