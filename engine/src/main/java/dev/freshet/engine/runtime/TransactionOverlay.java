package dev.freshet.engine.runtime;

import dev.freshet.engine.state.RelationStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state of one open transaction block: its writes, in order, and what the tables it wrote look
 * like to the block itself (committed rows with the block's writes applied), so reads and later
 * writes in the block see the block's own changes while no other session does.
 *
 * <p>Each written table gets a private copy of its store on the block's first write to it; the
 * block's writes are applied to the copies as they are made. The copies follow read committed as
 * COMMIT does: when another session commits (the committed epoch moves) or the catalog changes,
 * they are rebuilt from the committed state by replaying the block's writes before the next
 * statement reads them. COMMIT sends the write list to {@link Database#commit}, which replays it
 * against the state at that moment; ROLLBACK drops this object. Used by one session thread.
 */
public final class TransactionOverlay {
    private final List<PendingWrite> writes = new ArrayList<>();

    /** Private copies of the written tables by OID (sorted: replays are deterministic). */
    final Map<Integer, RelationStore> tables = new TreeMap<>();

    /** The committed epoch and catalog version the copies were built on. */
    long builtEpoch = -1;

    long builtCatalog = -1;

    /** The block's writes so far, in order. */
    public List<PendingWrite> writes() {
        return List.copyOf(writes);
    }

    /** True when the block has written nothing (reads take the committed fast path). */
    public boolean isEmpty() {
        return writes.isEmpty();
    }

    /** Forgets everything (ROLLBACK, or the start of a new block). */
    public void clear() {
        writes.clear();
        tables.clear();
        builtEpoch = -1;
        builtCatalog = -1;
    }

    void add(PendingWrite w) {
        writes.add(w);
    }

    List<PendingWrite> writesView() {
        return writes;
    }
}
