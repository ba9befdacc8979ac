package dev.freshet.sql.ast;

/**
 * A transaction mode of {@code BEGIN}, {@code START TRANSACTION}, {@code SET TRANSACTION} and
 * {@code SET SESSION CHARACTERISTICS AS TRANSACTION}.
 */
public enum TransactionMode {
    ISOLATION_SERIALIZABLE("ISOLATION LEVEL SERIALIZABLE"),
    ISOLATION_REPEATABLE_READ("ISOLATION LEVEL REPEATABLE READ"),
    ISOLATION_READ_COMMITTED("ISOLATION LEVEL READ COMMITTED"),
    ISOLATION_READ_UNCOMMITTED("ISOLATION LEVEL READ UNCOMMITTED"),
    READ_ONLY("READ ONLY"),
    READ_WRITE("READ WRITE"),
    DEFERRABLE("DEFERRABLE"),
    NOT_DEFERRABLE("NOT DEFERRABLE");

    private final String sql;

    TransactionMode(String sql) {
        this.sql = sql;
    }

    /** The mode as written in SQL. */
    public String sql() {
        return sql;
    }
}
