package dev.freshet.sql.ast;

import org.apache.calcite.sql.SqlKind;

/** The kinds of catalog object that {@code DROP} (and {@code SHOW}, {@code DESCRIBE}) name. */
public enum ObjectType {
    TABLE("TABLE", SqlKind.DROP_TABLE),
    MATERIALIZED_VIEW("MATERIALIZED VIEW", SqlKind.DROP_MATERIALIZED_VIEW),
    VIEW("VIEW", SqlKind.DROP_VIEW),
    SOURCE("SOURCE", SqlKind.OTHER_DDL),
    SINK("SINK", SqlKind.OTHER_DDL),
    INDEX("INDEX", SqlKind.DROP_INDEX),
    MODEL("MODEL", SqlKind.OTHER_DDL),
    USER("USER", SqlKind.OTHER_DDL),
    FUNCTION("FUNCTION", SqlKind.DROP_FUNCTION);

    private final String sql;
    private final SqlKind dropKind;

    ObjectType(String sql, SqlKind dropKind) {
        this.sql = sql;
        this.dropKind = dropKind;
    }

    /** The object type as written in SQL, e.g. {@code MATERIALIZED VIEW}. */
    public String sql() {
        return sql;
    }

    /** The Calcite kind of a DROP of this object type. */
    SqlKind dropKind() {
        return dropKind;
    }
}
