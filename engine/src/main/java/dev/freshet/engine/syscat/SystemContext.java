package dev.freshet.engine.syscat;

import dev.freshet.engine.catalog.Catalog;
import dev.freshet.engine.expr.SessionInfo;
import java.util.Objects;

/**
 * What a system table's rows are computed from: the catalog as the statement sees it (the caller
 * holds the engine's read lock) and the session asking.
 */
public record SystemContext(Catalog catalog, SessionInfo session) {
    public SystemContext {
        Objects.requireNonNull(catalog);
        Objects.requireNonNull(session);
    }
}
