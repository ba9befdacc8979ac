package dev.freshet.engine.api;

import dev.freshet.engine.type.DataType;
import java.util.Objects;

/**
 * One column of a statement's result, as the wire protocol's RowDescription describes it.
 *
 * @param name column label
 * @param type SQL type
 * @param tableOid OID of the table the column comes from, or 0
 * @param columnNumber attribute number in that table (1-based), or 0
 */
public record ResultColumn(String name, DataType type, int tableOid, short columnNumber) {
    public ResultColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }

    public ResultColumn(String name, DataType type) {
        this(name, type, 0, (short) 0);
    }
}
