package dev.freshet.server.pgwire;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Maps the parameter type OIDs a client sends in Parse to our {@link DataType}s. */
final class PgTypeOids {
    private PgTypeOids() {}

    /** PostgreSQL's {@code text}: we have one string type, so text is varchar. */
    static final int TEXT = 25;

    /** {@code bpchar} (blank-padded char) and {@code name}, which drivers send for strings. */
    static final int BPCHAR = 1042;

    static final int NAME = 19;

    private static final Map<Integer, DataType> BY_OID = byOid();

    private static Map<Integer, DataType> byOid() {
        Map<Integer, DataType> map = new HashMap<>();
        for (TypeKind kind : TypeKind.values()) {
            switch (kind) {
                case ARRAY, UNKNOWN -> {}
                default -> {
                    DataType type = new DataType(kind, -1, -1, null);
                    map.put(kind.oid(), type);
                    map.put(kind.arrayOid(), DataType.array(type));
                }
            }
        }
        map.put(TEXT, DataType.VARCHAR);
        map.put(BPCHAR, DataType.VARCHAR);
        map.put(NAME, DataType.VARCHAR);
        map.put(1009, DataType.array(DataType.VARCHAR)); // text[]
        return Map.copyOf(map);
    }

    /**
     * The declared types of a Parse message's parameters: null where the client left the type to be
     * inferred (OID 0, or {@code unknown}).
     *
     * @throws FreshetException 42704 for an OID that names no type we have
     */
    static List<@Nullable DataType> declaredTypes(int[] oids) {
        List<@Nullable DataType> out = new ArrayList<>(oids.length);
        for (int oid : oids) {
            out.add(declaredType(oid));
        }
        return out;
    }

    private static @Nullable DataType declaredType(int oid) {
        if (oid == 0 || oid == TypeKind.UNKNOWN.oid()) {
            return null;
        }
        DataType type = BY_OID.get(oid);
        if (type == null) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_OBJECT,
                    "type with OID " + Integer.toUnsignedString(oid) + " does not exist");
        }
        return type;
    }
}
