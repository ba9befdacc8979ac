package dev.freshet.tests.property;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a query as the server's text values (null for SQL NULL), with each column's {@link
 * ValueKind}.
 */
record ResultRows(List<ValueKind> kinds, List<List<String>> rows) {
    ResultRows {
        kinds = List.copyOf(kinds);
        rows = List.copyOf(rows);
    }

    /** Runs {@code sql} and reads all its rows. */
    static ResultRows query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            List<ValueKind> kinds = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                kinds.add(ValueKind.ofJdbcType(meta.getColumnType(i)));
            }
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 1; i <= columns; i++) {
                    row[i - 1] = rs.getString(i);
                }
                // Arrays.asList keeps nulls, which List.of would reject.
                rows.add(java.util.Collections.unmodifiableList(Arrays.asList(row)));
            }
            return new ResultRows(kinds, rows);
        }
    }
}
