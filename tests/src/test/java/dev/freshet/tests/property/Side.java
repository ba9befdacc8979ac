package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;

/**
 * One side of a comparison: a name for messages, a connection to a clean namespace (no tables of
 * the scenario's names), and how that side keeps views.
 */
public record Side(String name, Connection connection, ViewMaintenance maintenance) {
    public Side {
        requireNonNull(name);
        requireNonNull(connection);
        requireNonNull(maintenance);
    }
}
