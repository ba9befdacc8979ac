package dev.freshet.engine.runtime;

import dev.freshet.engine.expr.Expr;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What INSERT does with a row whose primary key already exists: nothing, or an update computed from
 * the existing row and the proposed one.
 *
 * @param doNothing DO NOTHING
 * @param updateColumns for DO UPDATE: the columns assigned
 * @param updateValues for DO UPDATE: their new values, over the existing row's columns followed by
 *     the proposed row's ({@code excluded}) columns
 * @param where for DO UPDATE: the rows to update (others are left as they are), or null
 */
public record OnConflict(
        boolean doNothing, int[] updateColumns, List<Expr> updateValues, @Nullable Expr where) {
    public OnConflict {
        updateColumns = updateColumns.clone();
        updateValues = List.copyOf(updateValues);
    }

    public static OnConflict nothing() {
        return new OnConflict(true, new int[0], List.of(), null);
    }
}
