package dev.freshet.ml.sql;

import dev.freshet.engine.spi.ModelCatalog;
import dev.freshet.ml.model.Task;
import dev.freshet.ml.train.Algorithm;
import dev.freshet.ml.train.DriftEvent;
import dev.freshet.ml.train.ModelCodec;
import dev.freshet.ml.train.OnlineModel;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;

/**
 * The published versions of every model of one database. A {@code train} group publishes a new
 * version at the end of each epoch in which it learned (its row in the view then holds the handle
 * {@code <key>@v<version>}); {@code CREATE MODEL ... FROM} publishes an imported model. Scoring
 * resolves a handle to exactly that version (deterministic) and a model name to its latest version.
 *
 * <p>Keys: {@code <view>.<column>#<serial>} for a group of a {@code train} call in a view (the
 * serial is unique in the database), {@code query#<serial>} in an ad-hoc query, the model name for
 * an imported model. A model created with {@code CREATE MODEL name} is the view {@code name}; its
 * name resolves to the (single) entry the view owns.
 *
 * <p>Each entry keeps its last {@value #KEEP_VERSIONS} versions (for rollback, history, and for
 * retractions of the previous handle downstream). Thread safety: entries are published and dropped
 * on the epoch thread while sessions may read concurrently, so the maps are concurrent; a decoded
 * model is used under its own lock.
 */
public final class ModelRegistry implements ModelCatalog {
    /** Versions kept per model. */
    public static final int KEEP_VERSIONS = 32;

    /** Entries whose group disappeared, kept briefly so retractions of their handle still score. */
    private static final int KEEP_RETIRED = 256;

    /** The live model behind an entry, which rollback replaces. */
    interface LiveSlot {
        /** Continues learning from {@code model} instead of the current one. */
        void replace(OnlineModel model);
    }

    static final class Entry {
        final String key;
        final @Nullable String owner;
        final ConcurrentSkipListMap<Long, PublishedModel> versions = new ConcurrentSkipListMap<>();
        long nextVersion = 1;
        @Nullable LiveSlot live;

        Entry(String key, @Nullable String owner) {
            this.key = key;
            this.owner = owner;
        }

        PublishedModel latest() {
            var e = versions.lastEntry();
            if (e == null) {
                throw new FreshetException(
                        ErrorCode.OBJECT_NOT_IN_PREREQUISITE_STATE,
                        "model \"" + key + "\" has not learned anything yet");
            }
            return e.getValue();
        }
    }

    private final ConcurrentSkipListMap<String, Entry> entries = new ConcurrentSkipListMap<>();
    private final ArrayList<String> retired = new ArrayList<>();
    private long serial;
    private long queries;

    /** A new key for a group of a train call; {@code owner} is the view, null in a query. */
    synchronized String newKey(@Nullable String owner, String column) {
        if (owner == null) {
            return "query#" + (++queries);
        }
        return owner + "." + column + "#" + (++serial);
    }

    /**
     * Publishes {@code bytes} (the encoding of {@code model}) as the next version of {@code key}.
     */
    PublishedModel publish(
            String key,
            @Nullable String owner,
            byte[] bytes,
            OnlineModel model,
            @Nullable LiveSlot live,
            long epochMicros) {
        Entry e = entries.computeIfAbsent(key, k -> new Entry(k, owner));
        if (live != null) {
            e.live = live;
        }
        PublishedModel p = new PublishedModel(e.nextVersion++, bytes, model, epochMicros);
        e.versions.put(p.version, p);
        while (e.versions.size() > KEEP_VERSIONS) {
            e.versions.pollFirstEntry();
        }
        return p;
    }

    /** The group behind {@code key} is gone; its entry goes after a while. */
    synchronized void retire(String key) {
        retired.add(key);
        while (retired.size() > KEEP_RETIRED) {
            entries.remove(retired.removeFirst());
        }
    }

    /** The handle text of a version. */
    static String handle(String key, long version) {
        return key + "@v" + version;
    }

    /**
     * The version named by {@code ref}: a handle ({@code key@vN}: exactly that version) or a model
     * name (its latest version).
     */
    PublishedModel resolve(String ref) {
        int at = ref.lastIndexOf("@v");
        if (at > 0) {
            Entry e = entries.get(ref.substring(0, at));
            long v;
            try {
                v = Long.parseLong(ref.substring(at + 2));
            } catch (NumberFormatException ex) {
                v = -1;
            }
            PublishedModel p = e == null ? null : e.versions.get(v);
            if (p == null) {
                throw new FreshetException(
                        ErrorCode.UNDEFINED_OBJECT,
                        "model version \"" + ref + "\" does not exist (or is no longer kept)");
            }
            return p;
        }
        return entry(ref).latest();
    }

    private Entry entry(String name) {
        Entry e = entries.get(name);
        if (e != null) {
            return e;
        }
        for (Entry c : entries.values()) {
            if (name.equals(c.owner)) {
                return c;
            }
        }
        throw new FreshetException(
                ErrorCode.UNDEFINED_OBJECT, "model \"" + name + "\" does not exist");
    }

    // ---- ModelCatalog ----

    @Override
    public boolean supervised(String algorithm) {
        Task t = Algorithm.of(algorithm).task();
        return t == Task.CLASSIFICATION || t == Task.REGRESSION || t == Task.RECOMMENDATION;
    }

    @Override
    public String importModel(String name, String text) {
        OnlineModel m = ModelCodec.importText(text);
        byte[] bytes = ModelCodec.write(m);
        entries.remove(name);
        publish(name, name, bytes, m, null, 0);
        return m.algorithm().sqlName();
    }

    @Override
    public void drop(String name) {
        entries.remove(name);
        dropView(name);
    }

    @Override
    public void dropView(String view) {
        entries.values().removeIf(e -> view.equals(e.owner));
    }

    @Override
    public @Nullable List<String> summary(String name) {
        Entry e;
        try {
            e = entry(name);
        } catch (FreshetException ex) {
            return null;
        }
        var last = e.versions.lastEntry();
        if (last == null) {
            return null;
        }
        PublishedModel p = last.getValue();
        return List.of(
                p.algorithm,
                Long.toString(p.version),
                Long.toString(p.rows),
                p.metric(),
                Long.toString(p.drift));
    }

    @Override
    public List<String[]> describe(String name) {
        Entry e = entry(name);
        PublishedModel p = e.latest();
        OnlineModel m = p.model();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"algorithm", p.algorithm});
        rows.add(new String[] {"task", m.task().name().toLowerCase(Locale.ROOT)});
        rows.add(new String[] {"version", Long.toString(p.version)});
        rows.add(new String[] {"handle", handle(e.key, p.version)});
        rows.add(new String[] {"rows", Long.toString(p.rows)});
        rows.add(new String[] {"retraction", m.retraction().name().toLowerCase(Locale.ROOT)});
        StringBuilder features = new StringBuilder();
        for (int i = 0; i < m.schema().size(); i++) {
            if (i > 0) {
                features.append(", ");
            }
            features.append(m.schema().names().get(i))
                    .append(' ')
                    .append(m.schema().kinds().get(i).name().toLowerCase(Locale.ROOT));
        }
        rows.add(new String[] {"features", features.toString()});
        StringBuilder opts = new StringBuilder();
        for (Map.Entry<String, String> o : new TreeMap<>(m.options()).entrySet()) {
            if (!opts.isEmpty()) {
                opts.append(", ");
            }
            opts.append(o.getKey()).append('=').append(o.getValue());
        }
        rows.add(new String[] {"options", opts.toString()});
        if (m.task() == Task.CLASSIFICATION) {
            rows.add(new String[] {"labels", String.valueOf(m.labels())});
        }
        addMetric(rows, "accuracy", p.accuracy);
        addMetric(rows, "kappa", p.kappa);
        addMetric(rows, "log_loss", p.logLoss);
        addMetric(rows, "rmse", p.rmse);
        addMetric(rows, "mae", p.mae);
        rows.add(new String[] {"drift_count", Long.toString(p.drift)});
        StringBuilder events = new StringBuilder();
        List<DriftEvent> ev = m.driftEvents();
        for (int i = Math.max(0, ev.size() - 10); i < ev.size(); i++) {
            if (!events.isEmpty()) {
                events.append(", ");
            }
            events.append(ev.get(i).kind().name().toLowerCase(Locale.ROOT))
                    .append(" at row ")
                    .append(ev.get(i).row());
        }
        rows.add(new String[] {"drift_events", events.toString()});
        rows.add(
                new String[] {
                    "versions_kept", e.versions.firstKey() + ".." + e.versions.lastKey()
                });
        return rows;
    }

    private static void addMetric(List<String[]> rows, String name, @Nullable Double v) {
        if (v != null) {
            rows.add(new String[] {name, Double.toString(v)});
        }
    }

    @Override
    public List<@Nullable Object[]> history(String name) {
        Entry e = entry(name);
        List<@Nullable Object[]> out = new ArrayList<>();
        for (PublishedModel p : e.versions.values()) {
            out.add(
                    new @Nullable Object[] {
                        p.version,
                        p.rows,
                        p.accuracy,
                        p.kappa,
                        p.logLoss,
                        p.rmse,
                        p.mae,
                        p.drift,
                        p.epochMicros
                    });
        }
        return out;
    }

    @Override
    public long rollback(String name, long version) {
        Entry e = entry(name);
        PublishedModel p = e.versions.get(version);
        if (p == null) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "version "
                            + version
                            + " of model \""
                            + name
                            + "\" is not kept (versions kept: "
                            + e.versions.firstKey()
                            + " to "
                            + e.versions.lastKey()
                            + ")");
        }
        OnlineModel copy = ModelCodec.read(p.bytes);
        LiveSlot live = e.live;
        if (live != null) {
            live.replace(copy);
        }
        return publish(e.key, e.owner, p.bytes, copy, null, p.epochMicros).version;
    }
}
