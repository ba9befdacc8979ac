package dev.freshet.engine.session;

import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.api.RowCursor;
import dev.freshet.engine.api.StatementResult;
import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.ast.SqlFetch;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A session's open cursors ({@code DECLARE}, {@code FETCH}, {@code CLOSE}). A cursor over a query
 * holds its result; a cursor over {@code SUBSCRIBE} waits in FETCH until the feed has at least one
 * row, or until the session parameter {@code subscribe_fetch_timeout} (milliseconds, 0: no limit)
 * runs out, then returns what it has, up to the count asked.
 */
final class SessionCursors {
    private static final class Open {
        final List<ResultColumn> columns;
        final RowCursor cursor;
        @Nullable Batch batch;
        int position;
        boolean done;

        Open(List<ResultColumn> columns, RowCursor cursor) {
            this.columns = columns;
            this.cursor = cursor;
        }
    }

    private final Map<String, Open> open = new TreeMap<>();
    private final LongSupplier fetchTimeoutMillis;

    SessionCursors(LongSupplier fetchTimeoutMillis) {
        this.fetchTimeoutMillis = fetchTimeoutMillis;
    }

    void declare(String name, List<ResultColumn> columns, RowCursor cursor) {
        if (open.containsKey(name)) {
            cursor.close();
            throw new FreshetException(
                    ErrorCode.DUPLICATE_CURSOR, "cursor \"" + name + "\" already exists");
        }
        open.put(name, new Open(columns, cursor));
    }

    /** The result columns of FETCH from {@code name}, if it is open. */
    @Nullable List<ResultColumn> columns(String name) {
        Open o = open.get(name);
        return o == null ? null : o.columns;
    }

    StatementResult fetch(SqlFetch f) {
        Open o = open.get(f.cursor());
        if (o == null) {
            throw new FreshetException(
                    ErrorCode.INVALID_CURSOR_NAME, "cursor \"" + f.cursor() + "\" does not exist");
        }
        long limit = f.all() ? Long.MAX_VALUE : f.count();
        List<DataType> types = new ArrayList<>();
        for (ResultColumn c : o.columns) {
            types.add(c.type());
        }
        BatchBuilder out = new BatchBuilder(types);
        long taken = 0;
        boolean waited = false;
        while (taken < limit && !o.done) {
            if (o.batch == null || o.position >= o.batch.size()) {
                Batch next;
                if (o.cursor instanceof SubscribeCursor s) {
                    // wait for the first row only; after that take what is already there
                    long timeout = taken == 0 && !waited ? fetchTimeoutMillis.getAsLong() : 0;
                    waited = true;
                    next = s.next(timeout <= 0 && taken == 0 ? -1 : timeout);
                    if (next != null && next.isEmpty()) {
                        break;
                    }
                } else {
                    next = o.cursor.next();
                }
                if (next == null) {
                    o.done = true;
                    break;
                }
                o.batch = next;
                o.position = 0;
                continue;
            }
            out.appendRow(o.batch, o.position++, 1);
            taken++;
        }
        return new StatementResult.Rows(
                o.columns, new ListRowCursor(List.of(out.build())), "FETCH", true);
    }

    void close(String name) {
        Open o = open.remove(name);
        if (o == null) {
            throw new FreshetException(
                    ErrorCode.INVALID_CURSOR_NAME, "cursor \"" + name + "\" does not exist");
        }
        o.cursor.close();
    }

    void closeAll() {
        for (Open o : open.values()) {
            o.cursor.close();
        }
        open.clear();
    }
}
