package dev.freshet.engine.session;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A session's plans for simple-protocol statements, keyed by the text with its literals turned into
 * parameters ({@link LiteralNormalizer}) and the kinds of those literals; least recently used
 * entries go first when it is full. An entry planned under another catalog version is stale (any
 * DDL moves the version). An entry without analysis records that the normalised text does not plan,
 * so the session plans the original text at once. Used by one session thread.
 */
final class PlanCache {
    /** Entries per session. */
    static final int CAPACITY = 256;

    /**
     * What the cache knows of a normalised statement.
     *
     * @param analysis its plan, or null when it must be planned from the original text
     */
    record Entry(long catalogVersion, @Nullable Analysis analysis) {}

    private final Map<String, Entry> entries =
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PlanCache.Entry> eldest) {
                    return size() > CAPACITY;
                }
            };

    /** The entry for {@code key} if it was made under {@code catalogVersion}, else null. */
    @Nullable Entry get(String key, long catalogVersion) {
        Entry e = entries.get(key);
        if (e != null && e.catalogVersion() != catalogVersion) {
            entries.remove(key);
            return null;
        }
        return e;
    }

    void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    /** Forgets every plan (SET and RESET may change what planning reads from the session). */
    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
