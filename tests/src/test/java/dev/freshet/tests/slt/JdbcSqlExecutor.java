package dev.freshet.tests.slt;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs SQL on one JDBC connection and renders the outcome as sqllogictest-rs's Postgres engine
 * does: each value as the server's text output, SQL NULL as {@code NULL}, the empty string as
 * {@code (empty)}; a server error as {@code db error: <SEVERITY>: <message>} followed by {@code
 * DETAIL:} and {@code HINT:} lines when present, the text tokio-postgres prints and RisingWave's
 * expected messages are written against.
 *
 * <p>The connection should use simple query mode so that values arrive as text.
 */
public final class JdbcSqlExecutor {
    private final Connection connection;

    /** Uses (does not own) the connection. */
    public JdbcSqlExecutor(Connection connection) {
        this.connection = requireNonNull(connection);
    }

    /** Runs one SQL string (possibly several statements; the first result counts). */
    public SqlOutcome execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return new SqlOutcome.Done(Math.max(0, statement.getUpdateCount()));
            }
            try (ResultSet resultSet = statement.getResultSet()) {
                int columns = resultSet.getMetaData().getColumnCount();
                List<List<String>> rows = new ArrayList<>();
                while (resultSet.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(render(resultSet.getString(i)));
                    }
                    rows.add(row);
                }
                return new SqlOutcome.Rows(rows);
            }
        } catch (SQLException e) {
            return new SqlOutcome.Failed(errorText(e));
        }
    }

    /** One value as sqllogictest text. */
    static String render(String value) {
        if (value == null) {
            return "NULL";
        }
        return value.isEmpty() ? "(empty)" : value;
    }

    /**
     * The text an expected error is matched against: {@code db error: SEVERITY: message}, the
     * detail and hint lines, and a last line {@code SQLSTATE: code} that regexes can match (exact
     * expectations ignore it).
     */
    static String errorText(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            StringBuilder text =
                    new StringBuilder("db error: ")
                            .append(server.getSeverity())
                            .append(": ")
                            .append(server.getMessage());
            if (server.getDetail() != null) {
                text.append("\nDETAIL: ").append(server.getDetail());
            }
            if (server.getHint() != null) {
                text.append("\nHINT: ").append(server.getHint());
            }
            if (server.getSQLState() != null) {
                text.append(ExpectedError.SQLSTATE_LINE).append(server.getSQLState());
            }
            return text.toString();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getName() : message;
    }
}
