package dev.freshet.engine.session;

import dev.freshet.engine.api.CopyOutSource;
import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.copy.CopyEncoder;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code COPY table TO STDOUT} and {@code COPY (query) TO STDOUT}: the rows of one snapshot (taken
 * when the statement ran), written in the requested format in chunks of about {@link #CHUNK_CHARS}.
 */
final class CopyToStdout implements CopyOutSource {
    static final int CHUNK_CHARS = 64 * 1024;

    private final CopyEncoder encoder;
    private final Iterator<Batch> batches;
    private @Nullable Batch batch;
    private int position;
    private long rows;
    private boolean finished;

    CopyToStdout(CopyEncoder encoder, List<Batch> result, @Nullable List<String> header) {
        this.encoder = encoder;
        this.batches = result.iterator();
        if (header != null) {
            encoder.header(header);
        }
    }

    @Override
    public byte @Nullable [] next() {
        while (encoder.pending() < CHUNK_CHARS && !finished) {
            Batch b = batch;
            if (b == null || position >= b.size()) {
                if (!batches.hasNext()) {
                    finished = true;
                    break;
                }
                batch = batches.next();
                position = 0;
                continue;
            }
            for (long w = b.weight(position); w > 0; w--) {
                encoder.row(b, position);
                rows++;
            }
            position++;
        }
        if (encoder.pending() == 0) {
            return null;
        }
        return encoder.take();
    }

    @Override
    public String tag() {
        return "COPY " + rows;
    }

    @Override
    public void close() {
        finished = true;
        batch = null;
    }
}
