package dev.freshet.ml.train;

import dev.freshet.engine.type.Decimal;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Class labels of a classifier: SQL values ({@code Long}, {@code String}, {@code Boolean}, {@code
 * Double}, {@code Decimal}) numbered in order of first appearance. The order is part of the model
 * and of its serialized form.
 */
public final class LabelIndex {
    private final HashMap<Object, Integer> index = new HashMap<>();
    private final ArrayList<Object> labels = new ArrayList<>();
    // The first labels, for identity comparison.
    private final @Nullable Object[] fast = new Object[8];

    /** Normalises a label value (integers to {@code Long}). */
    static Object normalise(Object label) {
        return switch (label) {
            case Long l -> l;
            case Integer i -> (long) i;
            case String s -> s;
            case Boolean b -> b;
            case Double d -> d == 0.0 ? 0.0 : d;
            case Decimal d -> d;
            default ->
                    throw new FreshetException(
                            ErrorCode.DATATYPE_MISMATCH,
                            "a class label must be an integer, text, boolean or number, not "
                                    + label.getClass().getSimpleName());
        };
    }

    /** The index of {@code label}, adding it if new. */
    public int indexOf(Object label) {
        // Boolean labels and small integer classes arrive as the very objects stored here
        // (Boolean.TRUE, cached Longs): compare identities with the first labels before hashing.
        int n = Math.min(labels.size(), fast.length);
        for (int i = 0; i < n; i++) {
            if (fast[i] == label) {
                return i;
            }
        }
        return lookUp(label);
    }

    private int lookUp(Object label) {
        Object key = normalise(label);
        Integer i = index.get(key);
        if (i != null) {
            return i;
        }
        int n = labels.size();
        labels.add(key);
        index.put(key, n);
        if (n < fast.length) {
            fast[n] = key;
        }
        return n;
    }

    /** The index of {@code label}, or -1 if it was never seen. */
    public int find(Object label) {
        Integer i = index.get(normalise(label));
        return i == null ? -1 : i;
    }

    /** The label of class {@code i}. */
    public Object label(int i) {
        return labels.get(i);
    }

    public int size() {
        return labels.size();
    }

    /** The labels in class order (a copy). */
    public List<Object> labels() {
        return List.copyOf(labels);
    }

    void write(ModelOutput out) {
        out.writeInt(labels.size());
        for (Object l : labels) {
            switch (l) {
                case Long v -> {
                    out.writeByte(0);
                    out.writeLong(v);
                }
                case String v -> {
                    out.writeByte(1);
                    out.writeString(v);
                }
                case Boolean v -> {
                    out.writeByte(2);
                    out.writeBoolean(v);
                }
                case Double v -> {
                    out.writeByte(3);
                    out.writeDouble(v);
                }
                case Decimal v -> {
                    out.writeByte(4);
                    out.writeString(v.toString());
                }
                default -> throw new IllegalStateException("label type " + l.getClass());
            }
        }
    }

    static LabelIndex read(ModelInput in) {
        LabelIndex li = new LabelIndex();
        int n = in.readCount();
        for (int i = 0; i < n; i++) {
            int tag = in.readByte();
            Object l =
                    switch (tag) {
                        case 0 -> in.readLong();
                        case 1 -> in.readString();
                        case 2 -> in.readBoolean();
                        case 3 -> in.readDouble();
                        case 4 -> Decimal.parse(in.readString());
                        default -> throw ModelInput.corrupt("bad label tag " + tag);
                    };
            if (li.indexOf(l) != i) {
                throw ModelInput.corrupt("duplicate label " + l);
            }
        }
        return li;
    }
}
