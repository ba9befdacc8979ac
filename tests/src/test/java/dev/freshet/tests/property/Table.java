package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A generated table. The primary-key column, if any, is named {@code id}; every table has an INT
 * join-key column {@code k} with a tiny domain so that joins and groups collide.
 */
public record Table(String name, List<Column> columns, Optional<String> primaryKey) {
    public Table {
        requireNonNull(name);
        columns = List.copyOf(columns);
        requireNonNull(primaryKey);
    }

    /** The {@code CREATE TABLE} statement. */
    public String createSql() {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(column.name()).append(' ').append(column.type().sql());
            if (primaryKey.filter(column.name()::equals).isPresent()) {
                sql.append(" PRIMARY KEY");
            } else if (!column.nullable()) {
                sql.append(" NOT NULL");
            }
        }
        return sql.append(')').toString();
    }

    /** The table as something a view can read. */
    public Relation asRelation() {
        return new Relation(name, columns, false, false, primaryKey.isPresent());
    }

    /** The columns DML may set: all but the primary key. */
    public List<Column> updatableColumns() {
        return columns.stream().filter(c -> primaryKey.filter(c.name()::equals).isEmpty()).toList();
    }
}
