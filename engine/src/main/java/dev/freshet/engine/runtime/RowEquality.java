package dev.freshet.engine.runtime;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.type.DataType;
import java.util.Arrays;
import java.util.List;

/** Exact equality of two rows (same representation, as the row codec sees them). */
final class RowEquality {
    private final RowCodec codec;
    private final ByteSink a = new ByteSink(128);
    private final ByteSink b = new ByteSink(128);

    RowEquality(List<DataType> types) {
        this.codec = new RowCodec(types);
    }

    boolean same(Column[] x, int rx, Column[] y, int ry) {
        a.reset();
        b.reset();
        codec.encode(x, rx, a);
        codec.encode(y, ry, b);
        return Arrays.equals(a.array(), 0, a.length(), b.array(), 0, b.length());
    }
}
