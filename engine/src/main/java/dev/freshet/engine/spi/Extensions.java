package dev.freshet.engine.spi;

import dev.freshet.engine.expr.FunctionLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The function providers on the class path, loaded once with {@link ServiceLoader}, and what they
 * provide: scalar functions (added to the standard library), aggregates by name, and per-database
 * services.
 */
public final class Extensions {
    private static final List<FunctionProvider> PROVIDERS = load();
    private static final Map<String, AggregateFunction> AGGREGATES = aggregates(PROVIDERS);

    private Extensions() {}

    private static List<FunctionProvider> load() {
        List<FunctionProvider> out = new ArrayList<>();
        for (FunctionProvider p : ServiceLoader.load(FunctionProvider.class)) {
            out.add(p);
        }
        out.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
        return List.copyOf(out);
    }

    private static Map<String, AggregateFunction> aggregates(List<FunctionProvider> providers) {
        TreeMap<String, AggregateFunction> out = new TreeMap<>();
        for (FunctionProvider p : providers) {
            for (AggregateFunction f : p.aggregates()) {
                out.put(f.sqlName().toLowerCase(Locale.ROOT), f);
            }
        }
        return Map.copyOf(out);
    }

    /** Adds every provider's scalar functions (called while the standard library is built). */
    public static void registerScalars(FunctionLibrary library) {
        for (FunctionProvider p : PROVIDERS) {
            p.registerScalars(library);
        }
    }

    /** The SPI aggregate called {@code name} (case-insensitive), if any. */
    public static Optional<AggregateFunction> aggregate(String name) {
        return Optional.ofNullable(AGGREGATES.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Names of all SPI aggregates, lower case, sorted. */
    public static List<String> aggregateNames() {
        return List.copyOf(new TreeMap<>(AGGREGATES).keySet());
    }

    /** A new set of per-database services, one per provider that has one. */
    public static Services newServices() {
        List<Object> services = new ArrayList<>();
        for (FunctionProvider p : PROVIDERS) {
            Object s = p.newDatabaseService();
            if (s != null) {
                services.add(s);
            }
        }
        return new Services(services);
    }

    /** The per-database services of one database. */
    public static final class Services {
        private final List<Object> services;

        Services(List<Object> services) {
            this.services = List.copyOf(services);
        }

        /** The service implementing {@code type}, if a provider offers one. */
        public <T> @Nullable T find(Class<T> type) {
            for (Object s : services) {
                if (type.isInstance(s)) {
                    return type.cast(s);
                }
            }
            return null;
        }
    }
}
