package dev.freshet.ml.sql;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.spi.AggregateState;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.ml.model.FeatureKind;
import dev.freshet.ml.model.FeatureRow;
import dev.freshet.ml.train.ModelCodec;
import dev.freshet.ml.train.OnlineModel;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The models of one {@code train} call, one per group id. Rows are learned as they arrive (test
 * then train, weights as multiplicities, negative weights retract); at the end of an epoch each
 * group that learned publishes a new version to the {@link ModelRegistry} and its result becomes
 * that version's handle. A group whose model did not change keeps its handle, so the aggregate
 * emits nothing for it.
 *
 * <p>Snapshots: a group's state is its model in the {@link ModelCodec} format plus its registry
 * key.
 */
final class TrainState implements AggregateState {
    private final TrainCall call;
    private final String column;
    private final @Nullable String owner;
    private OnlineModel[] models = new OnlineModel[16];
    private String[] keys = new String[16];
    private long[] publishedAt = new long[16];
    private String[] handles = new String[16];
    // one row's values, reused (the model reads them during learn and keeps none)
    private final FeatureRow features;
    // set on first use (the registry comes with the context of a call)
    private @Nullable ModelRegistry registryOrNull;

    TrainState(TrainCall call, String column, EvalContext ctx) {
        this.call = call;
        this.column = column;
        this.owner = ctx.owner();
        // validate the options now: a bad option fails the CREATE, not the first row
        this.features = call.newModel().newRow();
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > models.length) {
            int n = Math.max(groups, models.length * 2);
            models = Arrays.copyOf(models, n);
            keys = Arrays.copyOf(keys, n);
            publishedAt = Arrays.copyOf(publishedAt, n);
            handles = Arrays.copyOf(handles, n);
        }
    }

    @Override
    public void add(int[] groupIds, Column[] args, long[] weights, int rows, EvalContext ctx) {
        int first = call.firstFeature();
        int count = call.featureCount();
        int label = call.label();
        for (int r = 0; r < rows; r++) {
            long w = weights[r];
            if (w == 0) {
                continue;
            }
            OnlineModel m = model(groupIds[r], ctx);
            for (int f = 0; f < count; f++) {
                set(f, args[first + f], r);
            }
            Object y = label < 0 ? null : args[label].getObject(r);
            m.learn(features, y, w);
        }
    }

    /** Feature {@code f} from row {@code r} of {@code c}, numbers without boxing. */
    private void set(int f, Column c, int r) {
        if (features.kind(f) == FeatureKind.TEXT) {
            features.setValue(f, c.getObject(r));
            return;
        }
        switch (c) {
            case DoubleColumn d -> features.setNumber(f, d.isNull(r) ? Double.NaN : d.get(r));
            case LongColumn l -> features.setNumber(f, l.isNull(r) ? Double.NaN : l.get(r));
            default -> features.setValue(f, c.getObject(r));
        }
    }

    private OnlineModel model(int gid, EvalContext ctx) {
        OnlineModel m = models[gid];
        if (m == null) {
            m = call.newModel();
            models[gid] = m;
            keys[gid] = registry(ctx).newKey(owner, column);
            publishedAt[gid] = -1;
        }
        return m;
    }

    private ModelRegistry registry(EvalContext ctx) {
        ModelRegistry r = registryOrNull;
        if (r == null) {
            r = ctx.service(ModelRegistry.class);
            registryOrNull = r;
        }
        return r;
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        OnlineModel m = model(gid, ctx);
        if (publishedAt[gid] != m.version() || handles[gid] == null) {
            ModelRegistry registry = registry(ctx);
            String key = keys[gid];
            final int g = gid;
            PublishedModel p =
                    registry.publish(
                            key,
                            owner,
                            ModelCodec.write(m),
                            m,
                            replacement -> {
                                models[g] = replacement;
                                publishedAt[g] = replacement.version();
                            },
                            ctx.nowMicros());
            publishedAt[gid] = m.version();
            handles[gid] = ModelRegistry.handle(key, p.version);
        }
        out.appendObject(handles[gid]);
    }

    @Override
    public void reset(int gid) {
        if (keys[gid] != null && models[gid] != null) {
            // its last handle may still be retracted downstream in this epoch
            ModelRegistry r = registryOrNull;
            if (r != null) {
                r.retire(keys[gid]);
            }
        }
        models[gid] = null;
        keys[gid] = null;
        handles[gid] = null;
        publishedAt[gid] = -1;
    }

    @Override
    public long memoryBytes() {
        long n = models.length * 40L;
        return n;
    }

    @Override
    public void snapshot(int gid, ByteSink out) {
        OnlineModel m = models[gid];
        byte[] b = m == null ? new byte[0] : ModelCodec.write(m);
        out.putVarInt(b.length);
        out.putBytes(b, 0, b.length);
        byte[] k =
                (keys[gid] == null ? "" : keys[gid])
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.putVarInt(k.length);
        out.putBytes(k, 0, k.length);
    }

    @Override
    public void restore(int gid, ByteReader in) {
        ensureCapacity(gid + 1);
        int n = in.getVarInt();
        byte[] b = new byte[n];
        System.arraycopy(in.array(), in.position(), b, 0, n);
        in.skip(n);
        int kn = in.getVarInt();
        String key =
                new String(in.array(), in.position(), kn, java.nio.charset.StandardCharsets.UTF_8);
        in.skip(kn);
        models[gid] = n == 0 ? null : ModelCodec.read(b);
        keys[gid] = key.isEmpty() ? null : key;
        publishedAt[gid] = -1;
        handles[gid] = null;
    }
}
