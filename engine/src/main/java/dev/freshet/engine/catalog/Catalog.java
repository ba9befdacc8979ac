package dev.freshet.engine.catalog;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The user's relations by name and OID. One flat namespace (schema {@code public}) for now.
 *
 * <p>Guarded by the engine's read/write lock: mutated only by the epoch thread (DDL), read by
 * sessions while planning. Iteration is in name order, so listings are deterministic.
 */
public final class Catalog {
    /** First OID handed to user objects, as in PostgreSQL. */
    public static final int FIRST_USER_OID = 16384;

    private final TreeMap<String, CatalogEntry> byName = new TreeMap<>();
    private final TreeMap<Integer, CatalogEntry> byOid = new TreeMap<>();
    private final TreeMap<String, UserFunction> functions = new TreeMap<>();
    private final TreeMap<String, ModelEntry> models = new TreeMap<>();
    private final TreeMap<String, IndexEntry> indexes = new TreeMap<>();
    private int nextOid = FIRST_USER_OID;

    public int allocateOid() {
        return nextOid++;
    }

    public Optional<CatalogEntry> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<CatalogEntry> find(int oid) {
        return Optional.ofNullable(byOid.get(oid));
    }

    /** The relation called {@code name}, or 42P01. */
    public CatalogEntry get(String name) {
        CatalogEntry e = byName.get(name);
        if (e == null) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_TABLE, "relation \"" + name + "\" does not exist");
        }
        return e;
    }

    public void add(CatalogEntry entry) {
        if (byName.containsKey(entry.name()) || indexes.containsKey(entry.name())) {
            throw new FreshetException(
                    ErrorCode.DUPLICATE_TABLE, "relation \"" + entry.name() + "\" already exists");
        }
        byName.put(entry.name(), entry);
        byOid.put(entry.oid(), entry);
    }

    public void remove(CatalogEntry entry) {
        byName.remove(entry.name());
        byOid.remove(entry.oid());
    }

    /** Every relation, in name order. */
    public Collection<CatalogEntry> entries() {
        return List.copyOf(byName.values());
    }

    /** The SQL function called {@code name}, if any. */
    public Optional<UserFunction> function(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    /** Every user function, in name order. */
    public Collection<UserFunction> functions() {
        return List.copyOf(functions.values());
    }

    public void addFunction(UserFunction f) {
        functions.put(f.name(), f);
    }

    public void removeFunction(String name) {
        functions.remove(name);
    }

    /** The index called {@code name}, if any. */
    public Optional<IndexEntry> index(String name) {
        return Optional.ofNullable(indexes.get(name));
    }

    /** Every index, in name order. */
    public Collection<IndexEntry> indexes() {
        return List.copyOf(indexes.values());
    }

    /** The indexes of relation {@code oid}, in name order. */
    public List<IndexEntry> indexesOn(int oid) {
        List<IndexEntry> out = new ArrayList<>();
        for (IndexEntry i : indexes.values()) {
            if (i.relation() == oid) {
                out.add(i);
            }
        }
        return out;
    }

    public void addIndex(IndexEntry index) {
        if (byName.containsKey(index.name()) || indexes.containsKey(index.name())) {
            throw new FreshetException(
                    ErrorCode.DUPLICATE_TABLE, "relation \"" + index.name() + "\" already exists");
        }
        indexes.put(index.name(), index);
    }

    public void removeIndex(String name) {
        indexes.remove(name);
    }

    /** The model called {@code name}, if any. */
    public Optional<ModelEntry> model(String name) {
        return Optional.ofNullable(models.get(name));
    }

    /** Every model, in name order. */
    public Collection<ModelEntry> models() {
        return List.copyOf(models.values());
    }

    public void addModel(ModelEntry m) {
        models.put(m.name(), m);
    }

    public void removeModel(String name) {
        models.remove(name);
    }

    /** The views (materialized or plain) that read {@code oid} directly, in name order. */
    public List<CatalogEntry> dependents(int oid) {
        List<CatalogEntry> out = new ArrayList<>();
        for (CatalogEntry e : byName.values()) {
            boolean reads =
                    switch (e) {
                        case ViewEntry v -> v.dependsOn().contains(oid);
                        case PlainViewEntry v -> v.dependsOn().contains(oid);
                        case TableEntry t -> false;
                    };
            if (reads) {
                out.add(e);
            }
        }
        return out;
    }
}
