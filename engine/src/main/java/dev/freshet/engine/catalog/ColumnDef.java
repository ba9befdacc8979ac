package dev.freshet.engine.catalog;

import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.type.DataType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of a catalog relation.
 *
 * @param name column name (case as stored: unquoted names are lower case)
 * @param type declared type (with typmod)
 * @param nullable false for NOT NULL and primary-key columns
 * @param defaultValue constant expression for DEFAULT, or null
 */
public record ColumnDef(String name, DataType type, boolean nullable, @Nullable Expr defaultValue) {
    public ColumnDef {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }
}
