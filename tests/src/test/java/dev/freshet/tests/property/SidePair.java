package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import dev.freshet.tests.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A system under test and a reference for one scenario, with the resources (connections, databases,
 * servers) to release afterwards, closed in reverse order.
 */
public final class SidePair implements AutoCloseable {
    private final Side systemUnderTest;
    private final Side reference;
    private final List<AutoCloseable> resources;

    public SidePair(Side systemUnderTest, Side reference, List<AutoCloseable> resources) {
        this.systemUnderTest = requireNonNull(systemUnderTest);
        this.reference = requireNonNull(reference);
        this.resources = List.copyOf(resources);
    }

    public Side systemUnderTest() {
        return systemUnderTest;
    }

    public Side reference() {
        return reference;
    }

    /**
     * A side on its own schema of a PostgreSQL database: creates the schema and points the
     * connection's search path at it. The caller closes the returned connection.
     */
    public static Side postgresSchema(
            Connection connection, String schema, String name, ViewMaintenance maintenance)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
        }
        return new Side(name, connection, maintenance);
    }

    /**
     * PostgreSQL against itself in one fresh database: the system under test in schema {@code sut}
     * with {@code sutMaintenance}, the reference in schema {@code ref} with plain views. Owns the
     * database.
     */
    public static SidePair postgresAgainstPostgres(
            TestDatabase database, ViewMaintenance sutMaintenance) throws SQLException {
        List<AutoCloseable> resources = new ArrayList<>();
        resources.add(database);
        try {
            Connection sutConnection = database.connect();
            resources.add(sutConnection);
            Connection refConnection = database.connect();
            resources.add(refConnection);
            return new SidePair(
                    postgresSchema(
                            sutConnection,
                            "sut",
                            "postgres (" + sutMaintenance + ")",
                            sutMaintenance),
                    postgresSchema(
                            refConnection,
                            "ref",
                            "postgres (plain views)",
                            ViewMaintenance.PLAIN_VIEW),
                    resources);
        } catch (SQLException | RuntimeException e) {
            try {
                closeAll(resources);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Closes every resource, newest first, keeping the first failure. */
    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        RuntimeException failure = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("cannot release " + resources.get(i), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
