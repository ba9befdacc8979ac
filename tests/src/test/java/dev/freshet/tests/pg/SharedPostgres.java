package dev.freshet.tests.pg;

import dev.freshet.tests.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The one PostgreSQL oracle of this test JVM, started on first use and stopped by a shutdown hook.
 * A failure to start is remembered and rethrown to every later caller, so each test that needs the
 * oracle fails with the same cause instead of retrying.
 */
public final class SharedPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static @Nullable PostgresInstance instance;
    private static @Nullable RuntimeException startFailure;

    private SharedPostgres() {}

    /** The shared instance, started if needed. */
    public static synchronized PostgresInstance instance() {
        if (startFailure != null) {
            throw new IllegalStateException("the shared PostgreSQL failed to start", startFailure);
        }
        if (instance == null) {
            try {
                PostgresInstance started = PostgresInstance.start();
                Runtime.getRuntime()
                        .addShutdownHook(
                                new Thread(started::close, "freshet-tests-postgres-shutdown"));
                instance = started;
                System.out.println("started the shared " + started);
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return instance;
    }

    /**
     * A new empty database named {@code <prefix>_<n>} in the shared instance; closing it drops it.
     */
    public static TestDatabase freshDatabase(String prefix) {
        return instance().createDatabase(prefix + "_" + DATABASES.incrementAndGet());
    }
}
