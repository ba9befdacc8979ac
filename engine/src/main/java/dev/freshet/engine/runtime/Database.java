package dev.freshet.engine.runtime;

import dev.freshet.engine.api.EngineConfig;
import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.catalog.Catalog;
import dev.freshet.engine.catalog.CatalogEntry;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.catalog.PlainViewEntry;
import dev.freshet.engine.catalog.TableEntry;
import dev.freshet.engine.catalog.ViewEntry;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.expr.SessionInfo;
import dev.freshet.engine.ir.PlanNode;
import dev.freshet.engine.ir.RelationRef;
import dev.freshet.engine.state.RelationStore;
import dev.freshet.engine.syscat.SystemTables;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * The running database (without sessions): catalog, dataflow, the epoch thread that writes, and the
 * lock that gives readers consistent snapshots (the same committed epoch across all tables and
 * views).
 *
 * <p>Concurrency: the epoch thread holds the write lock while an epoch runs; sessions hold the read
 * lock while they plan a statement and while they read committed state. A statement that writes
 * hands its work to the epoch thread and waits for the epoch to commit.
 */
public final class Database implements AutoCloseable {
    private final EngineConfig config;
    private final Catalog catalog = new Catalog();
    private final UserDirectory users = new UserDirectory();
    private final Dataflow dataflow = new Dataflow();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final EpochLoop loop;
    private final AtomicInteger processIds = new AtomicInteger(1000);
    private final dev.freshet.engine.spi.Extensions.Services services =
            dev.freshet.engine.spi.Extensions.newServices();
    private final java.util.concurrent.ConcurrentHashMap<Integer, SourceRunner> sources =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long committedEpoch;
    private volatile long catalogVersion;
    private volatile boolean closed;

    /** When a temporal filter next needs an epoch (µs of the wall clock). */
    private volatile long nextWakeup = Long.MAX_VALUE;

    private final java.util.concurrent.atomic.AtomicBoolean tickQueued =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final Thread clock;

    private Database(EngineConfig config) {
        this.config = config;
        this.loop =
                new EpochLoop(
                        lock.writeLock(),
                        () -> {
                            dataflow.endEpoch();
                            nextWakeup = dataflow.nextWakeupMicros();
                        },
                        e -> committedEpoch = e);
        this.clock =
                Thread.ofPlatform().name("freshet-clock").daemon(true).unstarted(this::runClock);
    }

    /**
     * Time moving on is an input too: when a temporal filter's next row is due to appear or expire,
     * run an epoch even if nobody writes. Polls every {@link #CLOCK_POLL_MILLIS} ms.
     */
    private void runClock() {
        while (!closed) {
            try {
                Thread.sleep(CLOCK_POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (EvalContext.currentMicros() >= nextWakeup
                    && tickQueued.compareAndSet(false, true)) {
                loop.submit(() -> null).whenComplete((r, e) -> tickQueued.set(false));
            }
        }
    }

    private static final long CLOCK_POLL_MILLIS = 100;

    /** Starts an engine on {@code config}'s data directory. */
    public static Database start(EngineConfig config) {
        try {
            Files.createDirectories(config.dataDirectory());
        } catch (IOException e) {
            throw new FreshetException(
                    ErrorCode.IO_ERROR,
                    "cannot create data directory "
                            + config.dataDirectory()
                            + ": "
                            + e.getMessage(),
                    e);
        }
        Database engine = new Database(config);
        engine.loop.start();
        engine.clock.start();
        return engine;
    }

    public EngineConfig config() {
        return config;
    }

    /** The per-database services of the function providers (e.g. the model registry). */
    public dev.freshet.engine.spi.Extensions.Services services() {
        return services;
    }

    /**
     * Runs {@code task} on the epoch thread between epochs (a write that changes no table, e.g.
     * rolling a model back) and waits for it.
     */
    public <T> T runInEpoch(java.util.function.Supplier<T> task) {
        return write(task::get);
    }

    /** A fresh backend process id for a new session. */
    public int nextProcessId() {
        return processIds.incrementAndGet();
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        clock.interrupt();
        sources.values().forEach(SourceRunner::stop);
        sources.values().forEach(r -> r.join(2000));
        loop.stop();
    }

    // ---- for sessions ----

    /** Users and their password secrets (thread safe). */
    public UserDirectory users() {
        return users;
    }

    /** The catalog; read it only while holding {@link #readLock()}. */
    public Catalog catalog() {
        return catalog;
    }

    public java.util.concurrent.locks.Lock readLock() {
        return lock.readLock();
    }

    public long committedEpoch() {
        return committedEpoch;
    }

    /** Bumped by every DDL; prepared statements re-plan when it moves. */
    public long catalogVersion() {
        return catalogVersion;
    }

    Dataflow dataflow() {
        return dataflow;
    }

    /** Runs {@code task} as a write in the next epoch and waits for its commit. */
    <T> T write(EpochLoop.Task<T> task) {
        return await(loop.submit(task));
    }

    /** Runs {@code task} (DDL) alone in its own epoch and waits for its commit. */
    <T> T ddl(EpochLoop.Task<T> task) {
        return await(
                loop.submitDdl(
                        () -> {
                            T r = task.run();
                            catalogVersion++;
                            return r;
                        }));
    }

    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FreshetException(
                    ErrorCode.QUERY_CANCELED, "canceling statement due to interrupt");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof FreshetException fe) {
                throw fe;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }

    /**
     * Resolves what a one-shot plan reads: a relation's committed store, or the rows of a system
     * table computed now for the statement's session (caller holds a lock).
     */
    RelationStore store(RelationRef ref, EvalContext ctx) {
        if (ref.kind() == RelationRef.Kind.SYSTEM_TABLE) {
            SessionInfo session = ctx.session();
            if (session == null) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "system catalog \"" + ref.name() + "\" can only be read by queries");
            }
            return SystemTables.snapshot(ref.oid(), catalog, session);
        }
        return store(ref);
    }

    /** Resolves the committed store of a relation (caller holds a lock). */
    RelationStore store(RelationRef ref) {
        CatalogEntry e =
                catalog.find(ref.oid())
                        .orElseThrow(
                                () ->
                                        new FreshetException(
                                                ErrorCode.UNDEFINED_TABLE,
                                                "relation \"" + ref.name() + "\" does not exist"));
        return switch (e) {
            case TableEntry t -> t.store();
            case ViewEntry v -> v.store();
            case PlainViewEntry v ->
                    throw new FreshetException(
                            ErrorCode.WRONG_OBJECT_TYPE,
                            "\"" + v.name() + "\" is a view: it holds no rows of its own");
        };
    }

    /** True when the current thread is the epoch thread. */
    boolean onEpochThread() {
        return loop.onEpochThread();
    }

    // ---- operations ----

    /**
     * Runs a one-shot plan (an ad-hoc query) over the committed state, holding the read lock so
     * every relation is read at the same epoch.
     */
    public List<Batch> query(PlanNode plan, EvalContext ctx) {
        Lock read = lock.readLock();
        read.lock();
        try {
            return BatchExecutor.execute(plan, ref -> store(ref, ctx), ctx);
        } finally {
            read.unlock();
        }
    }

    /**
     * Runs a one-shot plan inside a transaction block: over the committed state with the block's
     * own writes applied (tables it wrote read from its private copies, views over them recomputed
     * from their plans). A block that has written nothing reads the committed state directly.
     */
    public List<Batch> query(PlanNode plan, EvalContext ctx, TransactionOverlay tx) {
        if (tx.isEmpty()) {
            return query(plan, ctx);
        }
        Lock read = lock.readLock();
        read.lock();
        try {
            refresh(tx, ctx);
            return BatchExecutor.execute(plan, new OverlayResolver(this, tx, ctx), ctx);
        } finally {
            read.unlock();
        }
    }

    /**
     * A write inside a transaction block: computed now against the block's view of the data (so it
     * sees the block's earlier writes, and bad rows or duplicate keys fail this statement), applied
     * to the block's private copies and kept for COMMIT. Returns the row count.
     */
    public long stage(TransactionOverlay tx, PendingWrite w, EvalContext ctx) {
        Lock read = lock.readLock();
        read.lock();
        try {
            refresh(tx, ctx);
            long n = applyStaged(tx, w, ctx);
            tx.add(w);
            return n;
        } finally {
            read.unlock();
        }
    }

    /**
     * Rebuilds the block's copies when another commit or DDL happened since they were built: the
     * committed state now with the block's writes replayed, which is what COMMIT will apply to.
     */
    private void refresh(TransactionOverlay tx, EvalContext ctx) {
        if (tx.builtEpoch == committedEpoch && tx.builtCatalog == catalogVersion) {
            return;
        }
        tx.tables.clear();
        try {
            for (PendingWrite w : tx.writesView()) {
                applyStaged(tx, w, ctx);
            }
        } catch (RuntimeException e) {
            tx.tables.clear();
            throw e;
        }
        tx.builtEpoch = committedEpoch;
        tx.builtCatalog = catalogVersion;
    }

    private long applyStaged(TransactionOverlay tx, PendingWrite w, EvalContext ctx) {
        OverlayResolver resolver = new OverlayResolver(this, tx, ctx);
        TableEntry t = resolver.staged(table(w.tableOid()));
        return apply(w, t, resolver, ctx, new ArrayList<>());
    }

    /**
     * INSERT: evaluates {@code source} (rows in table layout) and writes them; returns the count.
     */
    public long insert(
            int tableOid, PlanNode source, @Nullable OnConflict onConflict, EvalContext ctx) {
        return commit(List.of(new PendingWrite.Insert(tableOid, source, onConflict)), ctx)[0];
    }

    /**
     * UPDATE: {@code source} yields each row to update (table layout) followed by the new values of
     * {@code updatedColumns}; returns the number of rows updated.
     */
    public long update(int tableOid, PlanNode source, int[] updatedColumns, EvalContext ctx) {
        return commit(List.of(new PendingWrite.Update(tableOid, source, updatedColumns)), ctx)[0];
    }

    /** DELETE: {@code source} yields the rows to delete (table layout); returns the count. */
    public long delete(int tableOid, PlanNode source, EvalContext ctx) {
        return commit(List.of(new PendingWrite.Delete(tableOid, source)), ctx)[0];
    }

    /**
     * Applies {@code writes} in order, atomically, in one epoch: each is computed against the state
     * the writes before it left, and either all of them become visible in every view together or,
     * when one fails, none does (the tables are restored and the dataflow sees nothing). Returns
     * the row count of each write.
     */
    public long[] commit(List<PendingWrite> writes, EvalContext ctx) {
        if (writes.isEmpty()) {
            return new long[0];
        }
        return write(() -> applyAll(writes, ctx));
    }

    /** A write applied to its table's store but not yet sent through the dataflow. */
    private record Applied(TableEntry table, Batch change, long maxEventTime) {}

    private long[] applyAll(List<PendingWrite> writes, EvalContext ctx) {
        List<Applied> applied = new ArrayList<>(writes.size());
        long[] counts = new long[writes.size()];
        // the tables written so far in this commit: a later write that reads a view over one of
        // them sees the view recomputed (the dataflow updates views only after the last write)
        TransactionOverlay written = new TransactionOverlay();
        try {
            for (int i = 0; i < counts.length; i++) {
                ctx.checkInterrupted();
                PendingWrite w = writes.get(i);
                TableEntry t = table(w.tableOid());
                RelationResolver resolver =
                        written.tables.isEmpty()
                                ? ref -> store(ref, ctx)
                                : new OverlayResolver(this, written, ctx);
                counts[i] = apply(w, t, resolver, ctx, applied);
                written.tables.put(t.oid(), t.store());
            }
        } catch (RuntimeException | Error e) {
            // TableWriter applies a statement only once it is fully computed: undo the earlier ones
            for (int j = applied.size() - 1; j >= 0; j--) {
                Applied a = applied.get(j);
                a.table().store().apply(a.change().negate());
            }
            throw e;
        }
        for (Applied a : applied) {
            TableEntry t = a.table();
            dataflow.pushTableChange(t.oid(), a.change());
            if (a.maxEventTime() != Long.MIN_VALUE) {
                long wm = a.maxEventTime() - t.watermarkDelayMicros();
                if (wm > dataflow.tableWatermark(t.oid())) {
                    dataflow.pushTableWatermark(t.oid(), t.watermarkColumn(), wm);
                }
            }
        }
        return counts;
    }

    /** Computes write {@code w} reading through {@code resolver} and applies it to {@code t}. */
    private long apply(
            PendingWrite w,
            TableEntry t,
            RelationResolver resolver,
            EvalContext ctx,
            List<Applied> applied) {
        TableWriter writer = new TableWriter(t);
        return switch (w) {
            case PendingWrite.Insert i -> {
                List<Batch> rows = BatchExecutor.execute(i.source(), resolver, ctx);
                yield insertRows(t, writer, rows, i.onConflict(), ctx, applied);
            }
            case PendingWrite.InsertRows i -> insertRows(t, writer, i.rows(), null, ctx, applied);
            case PendingWrite.Update u -> {
                List<Batch> rows = BatchExecutor.execute(u.source(), resolver, ctx);
                Batch change = writer.update(rows, u.updatedColumns(), ctx);
                applied.add(new Applied(t, change, Long.MIN_VALUE));
                yield countRows(rows);
            }
            case PendingWrite.Delete d -> {
                List<Batch> rows = BatchExecutor.execute(d.source(), resolver, ctx);
                Batch change = writer.delete(rows);
                applied.add(new Applied(t, change, Long.MIN_VALUE));
                yield countRows(rows);
            }
        };
    }

    private long insertRows(
            TableEntry t,
            TableWriter writer,
            List<Batch> rows,
            @Nullable OnConflict onConflict,
            EvalContext ctx,
            List<Applied> applied) {
        if (t.watermarkColumn() >= 0) {
            writer.watermark(dataflow.tableWatermark(t.oid()));
        }
        Batch change = writer.insert(rows, onConflict, ctx);
        applied.add(new Applied(t, change, writer.maxEventTime()));
        return writer.rowsAffected();
    }

    private static long countRows(List<Batch> rows) {
        long n = 0;
        for (Batch b : rows) {
            for (int r = 0; r < b.size(); r++) {
                n += b.weight(r);
            }
        }
        return n;
    }

    /**
     * Starts a change feed of a table or view: in an epoch of its own, copies the relation's rows
     * and connects a tap that receives the net change of every later epoch.
     */
    public Subscription subscribe(int oid) {
        return ddl(
                () -> {
                    CatalogEntry e =
                            catalog.find(oid)
                                    .orElseThrow(
                                            () ->
                                                    new FreshetException(
                                                            ErrorCode.UNDEFINED_TABLE,
                                                            "relation with OID "
                                                                    + oid
                                                                    + " does not exist"));
                    RelationStore store = store(new RelationRef(oid, e.name(), kindOf(e)));
                    List<Batch> rows = new ArrayList<>();
                    store.scan(rows::add);
                    long epoch = committedEpoch;
                    Subscription s = new Subscription(rows, epoch);
                    List<dev.freshet.engine.type.DataType> types = new ArrayList<>();
                    for (ColumnDef c : e.columns()) {
                        types.add(c.type());
                    }
                    dataflow.addTap(oid, types, s, () -> committedEpoch + 1);
                    return s;
                });
    }

    private static RelationRef.Kind kindOf(CatalogEntry e) {
        return switch (e) {
            case TableEntry t -> RelationRef.Kind.TABLE;
            case ViewEntry v -> RelationRef.Kind.MATERIALIZED_VIEW;
            case PlainViewEntry v ->
                    throw new FreshetException(
                                    ErrorCode.WRONG_OBJECT_TYPE,
                                    "\""
                                            + v.name()
                                            + "\" is a view, not a table or materialized"
                                            + " view")
                            .withHint("Subscribe to a materialized view of its query.");
        };
    }

    /** FLUSH: returns once everything written before it is committed and visible. */
    public void flush() {
        write(() -> null);
    }

    /**
     * FLUSH for sources: waits until every source has committed what was available when it was
     * called (Kafka: the end offsets then; a bounded datagen: all its rows), at most {@code
     * timeoutMillis}; returns the names of the sources that did not get there in time.
     */
    public List<String> catchUpSources(long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        List<String> late = new ArrayList<>();
        java.util.Map<String, CompletableFuture<Void>> asked = new java.util.TreeMap<>();
        for (var e : sourceNames().entrySet()) {
            SourceRunner r = sources.get(e.getKey());
            if (r != null) {
                asked.put(e.getValue(), r.catchUp());
            }
        }
        for (var e : asked.entrySet()) {
            long left = deadline - System.nanoTime();
            try {
                e.getValue().get(Math.max(0, left), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException t) {
                late.add(e.getKey());
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new FreshetException(
                        ErrorCode.QUERY_CANCELED, "canceling statement due to interrupt");
            } catch (ExecutionException x) {
                late.add(e.getKey());
            }
        }
        return late;
    }

    private java.util.Map<Integer, String> sourceNames() {
        return ddlRead(
                () -> {
                    java.util.Map<Integer, String> names = new java.util.TreeMap<>();
                    for (CatalogEntry e : catalog.entries()) {
                        if (e instanceof TableEntry t && t.source() != null) {
                            names.put(t.oid(), t.name());
                        }
                    }
                    return names;
                });
    }

    /**
     * CREATE SOURCE: creates the source's relation (an append-only table only its connector writes
     * to) and starts its reader at {@code start}; returns false if it existed and {@code
     * ifNotExists}.
     */
    public boolean createSource(TableSpec spec, dev.freshet.engine.connector.SourcePosition start) {
        java.util.Objects.requireNonNull(spec.source());
        return ddl(
                () -> {
                    if (!installTable(spec)) {
                        return false;
                    }
                    TableEntry t = (TableEntry) catalog.get(spec.name());
                    SourceRunner runner = new SourceRunner(this, t, start);
                    sources.put(t.oid(), runner);
                    runner.start();
                    return true;
                });
    }

    /**
     * Commits rows a source read, in one epoch, through the same path as COPY; {@code onCommit}
     * runs on the epoch thread in that epoch (the runner records its reader position there).
     */
    void ingest(int oid, List<Batch> rows, Runnable onCommit) {
        EvalContext ctx =
                new EvalContext(
                        EvalContext.ErrorPolicy.FAIL,
                        java.time.ZoneOffset.UTC,
                        EvalContext.currentMicros(),
                        0);
        write(
                () -> {
                    applyAll(List.of(new PendingWrite.InsertRows(oid, rows)), ctx);
                    onCommit.run();
                    return null;
                });
    }

    /** A source's counters, or null if {@code oid} is no running source. */
    public dev.freshet.engine.connector.@Nullable SourceStats sourceStats(int oid) {
        SourceRunner r = sources.get(oid);
        return r == null ? null : r.stats();
    }

    /**
     * Each source's committed reader position (Kafka offsets, datagen row), by OID: the state a
     * checkpoint will store beside the rows it covers.
     */
    public java.util.Map<Integer, dev.freshet.engine.connector.SourcePosition> sourcePositions() {
        java.util.Map<Integer, dev.freshet.engine.connector.SourcePosition> m =
                new java.util.TreeMap<>();
        sources.forEach((oid, r) -> m.put(oid, r.committed()));
        return m;
    }

    private TableEntry table(int oid) {
        CatalogEntry e =
                catalog.find(oid)
                        .orElseThrow(
                                () ->
                                        new FreshetException(
                                                ErrorCode.UNDEFINED_TABLE,
                                                "relation with OID " + oid + " does not exist"));
        if (!(e instanceof TableEntry t)) {
            throw new FreshetException(
                    ErrorCode.WRONG_OBJECT_TYPE, "\"" + e.name() + "\" is not a table");
        }
        return t;
    }

    /** CREATE TABLE; returns false if it existed and {@code ifNotExists}. */
    public boolean createTable(TableSpec spec) {
        return ddl(() -> installTable(spec));
    }

    private boolean installTable(TableSpec spec) {
        {
            {
                if (catalog.find(spec.name()).isPresent()) {
                    if (spec.ifNotExists()) {
                        return false;
                    }
                    throw new FreshetException(
                            ErrorCode.DUPLICATE_TABLE,
                            "relation \"" + spec.name() + "\" already exists");
                }
                List<dev.freshet.engine.type.DataType> types = new ArrayList<>();
                for (ColumnDef c : spec.columns()) {
                    types.add(c.type());
                }
                int[] pk = spec.primaryKey().stream().mapToInt(Integer::intValue).toArray();
                RelationStore store = new RelationStore(types, pk.length == 0 ? null : pk);
                int oid = catalog.allocateOid();
                TableEntry t =
                        new TableEntry(
                                oid,
                                spec.name(),
                                spec.columns(),
                                spec.primaryKey(),
                                spec.appendOnly(),
                                spec.definition(),
                                store,
                                spec.watermarkColumn(),
                                spec.watermarkDelayMicros(),
                                spec.source());
                dataflow.addTable(oid, spec.name());
                catalog.add(t);
                return true;
            }
        }
    }

    /** CREATE MATERIALIZED VIEW; returns false if it existed and {@code ifNotExists}. */
    public boolean createView(ViewSpec spec, EvalContext ctx) {
        return ddl(() -> installView(spec, ctx));
    }

    /**
     * CREATE [OR REPLACE] VIEW (plain): returns false if it existed and {@code ifNotExists}. OR
     * REPLACE keeps the view's OID and dependents; PostgreSQL's rule that the new query keeps the
     * old columns (names and types, new ones only at the end) applies.
     */
    public boolean createPlainView(
            String name,
            List<ColumnDef> columns,
            String definition,
            String query,
            Set<Integer> dependsOn,
            boolean orReplace,
            boolean ifNotExists) {
        return ddl(
                () -> {
                    for (int dep : dependsOn) {
                        if (catalog.find(dep).isEmpty()) {
                            throw new FreshetException(
                                    ErrorCode.UNDEFINED_TABLE,
                                    "a relation read by \"" + name + "\" was dropped");
                        }
                    }
                    var existing = catalog.find(name);
                    int oid;
                    if (existing.isPresent()) {
                        if (ifNotExists) {
                            return false;
                        }
                        if (!orReplace) {
                            throw new FreshetException(
                                    ErrorCode.DUPLICATE_TABLE,
                                    "relation \"" + name + "\" already exists");
                        }
                        if (!(existing.get() instanceof PlainViewEntry old)) {
                            throw new FreshetException(
                                    ErrorCode.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a view");
                        }
                        checkReplacement(old, columns);
                        if (reaches(dependsOn, old.oid())) {
                            throw new FreshetException(
                                    ErrorCode.INVALID_OBJECT_DEFINITION,
                                    "infinite recursion detected: view \""
                                            + name
                                            + "\" would read itself");
                        }
                        catalog.remove(old);
                        oid = old.oid();
                    } else {
                        oid = catalog.allocateOid();
                    }
                    catalog.add(
                            new PlainViewEntry(oid, name, columns, definition, query, dependsOn));
                    return true;
                });
    }

    private static void checkReplacement(PlainViewEntry old, List<ColumnDef> columns) {
        if (columns.size() < old.columns().size()) {
            throw new FreshetException(
                    ErrorCode.INVALID_TABLE_DEFINITION, "cannot drop columns from view");
        }
        for (int i = 0; i < old.columns().size(); i++) {
            ColumnDef was = old.columns().get(i);
            ColumnDef now = columns.get(i);
            if (!was.name().equals(now.name())) {
                throw new FreshetException(
                                ErrorCode.INVALID_TABLE_DEFINITION,
                                "cannot change name of view column \""
                                        + was.name()
                                        + "\" to \""
                                        + now.name()
                                        + "\"")
                        .withHint(
                                "Use ALTER VIEW ... RENAME COLUMN ... to change name of view"
                                        + " column instead.");
            }
            if (!was.type().equals(now.type())) {
                throw new FreshetException(
                        ErrorCode.INVALID_TABLE_DEFINITION,
                        "cannot change data type of view column \""
                                + was.name()
                                + "\" from "
                                + was.type().sqlName()
                                + " to "
                                + now.type().sqlName());
            }
        }
    }

    /**
     * CREATE INDEX: a hash index on {@code columns} of table or materialized view {@code relation},
     * built from its rows now and kept with every change. Returns false if an index of that name
     * existed and {@code ifNotExists}.
     */
    public boolean createIndex(
            String name,
            String relation,
            List<String> columns,
            String definition,
            boolean ifNotExists) {
        return ddl(
                () -> {
                    if (catalog.index(name).isPresent() || catalog.find(name).isPresent()) {
                        if (ifNotExists) {
                            return false;
                        }
                        throw new FreshetException(
                                ErrorCode.DUPLICATE_TABLE,
                                "relation \"" + name + "\" already exists");
                    }
                    CatalogEntry e = catalog.get(relation);
                    RelationStore store =
                            switch (e) {
                                case TableEntry t -> t.store();
                                case ViewEntry v -> v.store();
                                case PlainViewEntry v ->
                                        throw new FreshetException(
                                                        ErrorCode.WRONG_OBJECT_TYPE,
                                                        "cannot create index on view \""
                                                                + v.name()
                                                                + "\"")
                                                .withDetail(
                                                        "A plain view holds no rows; index a"
                                                                + " materialized view instead.");
                            };
                    List<Integer> cols = new ArrayList<>();
                    for (String c : columns) {
                        int found = -1;
                        for (int i = 0; i < e.columns().size(); i++) {
                            if (e.columns().get(i).name().equals(c)) {
                                found = i;
                            }
                        }
                        if (found < 0) {
                            throw new FreshetException(
                                    ErrorCode.UNDEFINED_COLUMN,
                                    "column \"" + c + "\" does not exist");
                        }
                        cols.add(found);
                    }
                    store.addIndex(name, cols.stream().mapToInt(Integer::intValue).toArray());
                    catalog.addIndex(
                            new dev.freshet.engine.catalog.IndexEntry(
                                    catalog.allocateOid(), name, e.oid(), cols, definition));
                    return true;
                });
    }

    /** DROP INDEX; returns false if it did not exist. */
    public boolean dropIndex(String name) {
        return ddl(
                () -> {
                    var index = catalog.index(name);
                    if (index.isEmpty()) {
                        return false;
                    }
                    catalog.find(index.get().relation())
                            .ifPresent(
                                    e -> {
                                        switch (e) {
                                            case TableEntry t -> t.store().dropIndex(name);
                                            case ViewEntry v -> v.store().dropIndex(name);
                                            case PlainViewEntry v -> {}
                                        }
                                    });
                    catalog.removeIndex(name);
                    return true;
                });
    }

    /** True if {@code oid} is among {@code roots} or the relations they read, transitively. */
    private boolean reaches(Set<Integer> roots, int oid) {
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(roots);
        Set<Integer> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            int r = todo.pop();
            if (r == oid) {
                return true;
            }
            if (!seen.add(r)) {
                continue;
            }
            switch (catalog.find(r).orElse(null)) {
                case PlainViewEntry v -> todo.addAll(v.dependsOn());
                case ViewEntry v -> todo.addAll(v.dependsOn());
                case null, default -> {}
            }
        }
        return false;
    }

    private boolean installView(ViewSpec spec, EvalContext ctx) {
        if (catalog.find(spec.name()).isPresent()) {
            if (spec.ifNotExists()) {
                return false;
            }
            throw new FreshetException(
                    ErrorCode.DUPLICATE_TABLE, "relation \"" + spec.name() + "\" already exists");
        }
        for (int dep : spec.dependsOn()) {
            if (catalog.find(dep).isEmpty()) {
                throw new FreshetException(
                        ErrorCode.UNDEFINED_TABLE,
                        "a relation read by \"" + spec.name() + "\" was dropped");
            }
        }
        List<dev.freshet.engine.type.DataType> types = new ArrayList<>();
        for (ColumnDef c : spec.columns()) {
            types.add(c.type());
        }
        int[] key =
                spec.key() == null
                        ? null
                        : spec.key().stream().mapToInt(Integer::intValue).toArray();
        RelationStore store = new RelationStore(types, key);
        int oid = catalog.allocateOid();
        dataflow.installView(
                oid, spec.name(), spec.plan(), store, this::store, ctx, spec.emitOnWindowClose());
        catalog.add(
                new ViewEntry(
                        oid,
                        spec.name(),
                        spec.columns(),
                        spec.definition(),
                        spec.plan(),
                        spec.key(),
                        spec.appendOnly(),
                        spec.dependsOn(),
                        store,
                        spec.watermarkColumns()));
        return true;
    }

    private dev.freshet.engine.spi.ModelCatalog models() {
        var m = services.find(dev.freshet.engine.spi.ModelCatalog.class);
        if (m == null) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "models are not available (no ML module)");
        }
        return m;
    }

    /**
     * CREATE MODEL: {@code view} trains it (a view of the model's name whose one row is the model
     * handle), or, when it is null, {@code exported} is imported. Returns false if it existed and
     * {@code ifNotExists}.
     */
    public boolean createModel(
            String name,
            String algorithm,
            String definition,
            @Nullable ViewSpec view,
            @Nullable String exported,
            boolean ifNotExists,
            EvalContext ctx) {
        return ddl(
                () -> {
                    if (catalog.model(name).isPresent()) {
                        if (ifNotExists) {
                            return false;
                        }
                        throw new FreshetException(
                                ErrorCode.DUPLICATE_OBJECT,
                                "model \"" + name + "\" already exists");
                    }
                    int oid = -1;
                    String alg = algorithm;
                    if (view != null) {
                        installView(view, ctx);
                        oid = catalog.get(name).oid();
                    } else {
                        alg =
                                models().importModel(
                                                name, java.util.Objects.requireNonNull(exported));
                    }
                    catalog.addModel(
                            new dev.freshet.engine.catalog.ModelEntry(name, alg, definition, oid));
                    return true;
                });
    }

    /** DROP MODEL; returns false if it did not exist. */
    public boolean dropModel(String name, boolean cascade) {
        var m = ddlRead(() -> catalog.model(name));
        if (m.isEmpty()) {
            return false;
        }
        if (m.get().viewOid() >= 0) {
            drop(new DropSpec("materialized view", List.of(name), true, cascade), true);
        }
        ddl(
                () -> {
                    catalog.removeModel(name);
                    models().drop(name);
                    return null;
                });
        return true;
    }

    private <T> T ddlRead(java.util.function.Supplier<T> read) {
        Lock l = lock.readLock();
        l.lock();
        try {
            return read.get();
        } finally {
            l.unlock();
        }
    }

    /**
     * DROP TABLE / MATERIALIZED VIEW. Refused while views depend on a relation unless {@code
     * cascade}; returns notices (e.g. for IF EXISTS on a missing name).
     */
    public List<String> drop(DropSpec spec) {
        return drop(spec, false);
    }

    private List<String> drop(DropSpec spec, boolean modelView) {
        return ddl(
                () -> {
                    List<String> notices = new ArrayList<>();
                    List<CatalogEntry> targets = new ArrayList<>();
                    for (String name : spec.names()) {
                        var found = catalog.find(name);
                        if (found.isEmpty()) {
                            if (spec.ifExists()) {
                                notices.add(
                                        spec.kindName()
                                                + " \""
                                                + name
                                                + "\" does not exist, skipping");
                                continue;
                            }
                            throw new FreshetException(
                                    ErrorCode.UNDEFINED_TABLE,
                                    spec.kindName() + " \"" + name + "\" does not exist");
                        }
                        CatalogEntry e = found.get();
                        if (!modelView && catalog.model(name).isPresent()) {
                            throw new FreshetException(
                                            ErrorCode.WRONG_OBJECT_TYPE,
                                            "\"" + name + "\" is a model")
                                    .withHint("Use DROP MODEL to remove a model.");
                        }
                        if (!e.kindName().equals(spec.kindName())) {
                            throw new FreshetException(
                                            ErrorCode.WRONG_OBJECT_TYPE,
                                            "\"" + name + "\" is not a " + spec.kindName())
                                    .withHint(
                                            "Use DROP "
                                                    + e.kindName()
                                                            .toUpperCase(java.util.Locale.ROOT)
                                                    + " to remove a "
                                                    + e.kindName()
                                                    + ".");
                        }
                        targets.add(e);
                    }
                    // everything to drop, dependents first
                    List<CatalogEntry> order = new ArrayList<>();
                    for (CatalogEntry e : targets) {
                        collect(e, spec.cascade(), order, notices);
                    }
                    for (CatalogEntry e : order) {
                        switch (e) {
                            case ViewEntry v -> {
                                dataflow.removeView(v.oid());
                                var mc = services.find(dev.freshet.engine.spi.ModelCatalog.class);
                                if (mc != null) {
                                    mc.dropView(v.name());
                                }
                                if (catalog.model(v.name())
                                        .map(m -> m.viewOid() == v.oid())
                                        .orElse(false)) {
                                    catalog.removeModel(v.name());
                                    if (mc != null) {
                                        mc.drop(v.name());
                                    }
                                }
                            }
                            case TableEntry t -> {
                                dataflow.removeTable(t.oid());
                                SourceRunner r = sources.remove(t.oid());
                                if (r != null) {
                                    r.stop();
                                }
                            }
                            case PlainViewEntry v -> {}
                        }
                        // a relation's indexes go with it
                        for (var index : catalog.indexesOn(e.oid())) {
                            catalog.removeIndex(index.name());
                        }
                        catalog.remove(e);
                    }
                    return notices;
                });
    }

    private void collect(
            CatalogEntry e, boolean cascade, List<CatalogEntry> order, List<String> notices) {
        if (order.contains(e)) {
            return;
        }
        List<CatalogEntry> deps = catalog.dependents(e.oid());
        if (!deps.isEmpty() && !cascade) {
            throw new FreshetException(
                            ErrorCode.DEPENDENT_OBJECTS_STILL_EXIST,
                            "cannot drop "
                                    + e.kindName()
                                    + " "
                                    + e.name()
                                    + " because other objects depend on it")
                    .withDetail(
                            deps.getFirst().kindName()
                                    + " "
                                    + deps.getFirst().name()
                                    + " depends on "
                                    + e.kindName()
                                    + " "
                                    + e.name())
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        for (CatalogEntry d : deps) {
            if (!order.contains(d)) {
                notices.add("drop cascades to " + d.kindName() + " " + d.name());
            }
            collect(d, true, order, notices);
        }
        order.add(e);
    }

    /** CREATE [OR REPLACE] FUNCTION (SQL). */
    public void createFunction(dev.freshet.engine.catalog.UserFunction f, boolean orReplace) {
        ddl(
                () -> {
                    if (catalog.function(f.name()).isPresent() && !orReplace) {
                        throw new FreshetException(
                                ErrorCode.DUPLICATE_FUNCTION,
                                "function \"" + f.name() + "\" already exists");
                    }
                    catalog.addFunction(f);
                    return null;
                });
    }

    /** DROP FUNCTION; returns false if it did not exist. */
    public boolean dropFunction(String name) {
        return ddl(
                () -> {
                    boolean existed = catalog.function(name).isPresent();
                    catalog.removeFunction(name);
                    return existed;
                });
    }

    /**
     * Approximate bytes of operator state held by a view's operators (aggregate groups, join sides,
     * pending windows), not counting the view's own rows; for tests and metrics.
     */
    public long viewStateBytes(int oid) {
        Lock read = lock.readLock();
        read.lock();
        try {
            return dataflow.viewStateBytes(oid);
        } finally {
            read.unlock();
        }
    }
}
