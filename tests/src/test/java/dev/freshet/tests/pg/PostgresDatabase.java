package dev.freshet.tests.pg;

import static java.util.Objects.requireNonNull;

import dev.freshet.tests.TestDatabase;

/** One database inside a {@link PostgresInstance}; its engine label is {@code postgres}. */
final class PostgresDatabase implements TestDatabase {
    /** The label sqllogictest files use for PostgreSQL in {@code skipif}/{@code onlyif}. */
    static final String ENGINE = "postgres";

    private final PostgresInstance instance;
    private final String name;
    private final boolean dropOnClose;
    private boolean closed;

    PostgresDatabase(PostgresInstance instance, String name, boolean dropOnClose) {
        this.instance = requireNonNull(instance);
        this.name = requireNonNull(name);
        this.dropOnClose = dropOnClose;
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public String host() {
        return instance.host();
    }

    @Override
    public int port() {
        return instance.port();
    }

    @Override
    public String user() {
        return PostgresInstance.USER;
    }

    @Override
    public String database() {
        return name;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (dropOnClose) {
            instance.dropDatabase(name);
        }
    }

    @Override
    public String toString() {
        return "postgres database " + name + " on " + host() + ":" + port();
    }
}
