package dev.freshet.engine.session;

import dev.freshet.engine.catalog.Catalog;
import dev.freshet.engine.expr.SessionInfo;
import dev.freshet.engine.syscat.CatalogObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A session as the system information functions and system tables see it: its user, database and
 * parameters, and the engine's catalog (read while the statement holds the engine's lock).
 */
final class SessionCatalogInfo implements SessionInfo {
    private final FreshetSession session;
    private final String database;

    SessionCatalogInfo(FreshetSession session, String database) {
        this.session = session;
        this.database = database;
    }

    private Catalog catalog() {
        return session.db().catalog();
    }

    @Override
    public String user() {
        return session.user();
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public String versionBanner() {
        return "PostgreSQL "
                + session.params().get("server_version")
                + " (Freshet 0.1.0) on x86_64-pc-linux-gnu, compiled by javac, 64-bit";
    }

    @Override
    public int backendPid() {
        return session.pid();
    }

    @Override
    public List<String> searchPath(boolean includeImplicit) {
        List<String> out = new ArrayList<>();
        if (includeImplicit) {
            out.add("pg_catalog");
        }
        for (String part : session.params().get("search_path").split(",")) {
            String s = part.strip();
            if (s.startsWith("\"") && s.endsWith("\"") && s.length() >= 2) {
                s = s.substring(1, s.length() - 1);
            }
            if (CatalogObjects.schemaOid(s) >= 0 && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public @Nullable String setting(String name, boolean missingOk) {
        if (missingOk) {
            try {
                return session.params().get(SessionParameters.canonical(name));
            } catch (dev.freshet.sql.error.FreshetException e) {
                return null;
            }
        }
        return session.params().get(SessionParameters.canonical(name));
    }

    @Override
    public Map<String, String> settings() {
        return session.params().all();
    }

    @Override
    public String setSetting(String name, String value, boolean local) {
        String key = SessionParameters.canonical(name);
        // a transaction-local setting lasts as long as the session here: no transactions yet
        session.params().set(key, value);
        return session.params().get(key);
    }

    @Override
    public @Nullable String relationName(long oid) {
        return CatalogObjects.relationName(catalog(), oid);
    }

    @Override
    public long relationOid(String name) {
        return CatalogObjects.relationOid(catalog(), name);
    }

    @Override
    public @Nullable String schemaName(long oid) {
        return CatalogObjects.schemaName(oid);
    }

    @Override
    public @Nullable String roleName(long oid) {
        return oid == CatalogObjects.OWNER ? session.user() : null;
    }

    @Override
    public @Nullable String functionName(long oid) {
        return CatalogObjects.function(catalog(), oid)
                .map(CatalogObjects.FunctionObject::name)
                .orElse(null);
    }

    @Override
    public @Nullable String indexDefinition(long oid, int column) {
        return CatalogObjects.indexDefinition(catalog(), oid, column);
    }

    @Override
    public @Nullable String constraintDefinition(long oid) {
        return CatalogObjects.constraintDefinition(catalog(), oid);
    }

    @Override
    public @Nullable String viewDefinition(long oid) {
        return CatalogObjects.viewDefinition(catalog(), oid);
    }

    @Override
    public @Nullable String functionResult(long oid) {
        return CatalogObjects.functionResult(catalog(), oid);
    }

    @Override
    public @Nullable String functionArguments(long oid) {
        return CatalogObjects.functionArguments(catalog(), oid);
    }

    @Override
    public boolean visible(long oid) {
        return CatalogObjects.exists(catalog(), oid);
    }
}
