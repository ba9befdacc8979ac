package dev.freshet.engine.expr;

import dev.freshet.engine.batch.BytesColumn;
import dev.freshet.engine.batch.BytesColumnBuilder;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PgText;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's text functions: case mapping, lengths, substrings, concatenation, trimming, padding,
 * searching, splitting and character codes.
 *
 * <p>Case mapping and classification follow the "C" locale Freshet runs with (as a PostgreSQL
 * cluster created with {@code --locale=C}): only ASCII letters change case, and only ASCII letters
 * and digits are alphanumeric. Lengths and positions count characters (code points), not bytes.
 *
 * <p>The hot functions ({@code lower}, {@code upper}, {@code length}, {@code octet_length}, {@code
 * substring}, {@code ||}, {@code concat}) are vectorized kernels over the UTF-8 bytes of a text
 * column; the rest work on Java strings row by row.
 */
final class StringFunctions {
    private StringFunctions() {}

    private static final DataType TEXT = DataType.VARCHAR;
    private static final DataType I4 = DataType.INTEGER;

    static void register(FunctionLibrary lib) {
        lib.define("lower", TEXT, (a, r) -> new CaseMap(CaseMap.Kind.LOWER), TEXT);
        lib.define("upper", TEXT, (a, r) -> new CaseMap(CaseMap.Kind.UPPER), TEXT);
        lib.define("initcap", TEXT, (a, r) -> new CaseMap(CaseMap.Kind.INITCAP), TEXT);
        for (String name : new String[] {"length", "char_length", "character_length"}) {
            lib.define(name, I4, (a, r) -> new Length(Length.Kind.CHARS), TEXT);
        }
        lib.define("length", I4, (a, r) -> new Length(Length.Kind.BYTES), DataType.BYTEA);
        lib.define("octet_length", I4, (a, r) -> new Length(Length.Kind.BYTES), TEXT);
        lib.define("octet_length", I4, (a, r) -> new Length(Length.Kind.BYTES), DataType.BYTEA);
        lib.define("bit_length", I4, (a, r) -> new Length(Length.Kind.BITS), TEXT);
        for (String name : new String[] {"substr", "substring"}) {
            lib.define(name, TEXT, (a, r) -> new Substring(), TEXT, I4);
            lib.define(name, TEXT, (a, r) -> new Substring(), TEXT, I4, I4);
        }
        lib.register("||", StringFunctions::resolveConcatOperator);
        lib.register("concat", args -> concat(args, false));
        lib.register("concat_ws", args -> concat(args, true));
        lib.define("strpos", I4, row("strpos", v -> position(s(v[1]), s(v[0]))), TEXT, TEXT);
        lib.define("position", I4, row("position", v -> position(s(v[0]), s(v[1]))), TEXT, TEXT);
        for (String side : new String[] {"btrim", "ltrim", "rtrim"}) {
            boolean left = !side.equals("rtrim");
            boolean right = !side.equals("ltrim");
            lib.define(side, TEXT, row(side, v -> trim(s(v[0]), " ", left, right)), TEXT);
            lib.define(side, TEXT, row(side, v -> trim(s(v[0]), s(v[1]), left, right)), TEXT, TEXT);
        }
        lib.define("lpad", TEXT, row("lpad", v -> pad(s(v[0]), i(v[1]), " ", true)), TEXT, I4);
        lib.define(
                "lpad",
                TEXT,
                row("lpad", v -> pad(s(v[0]), i(v[1]), s(v[2]), true)),
                TEXT,
                I4,
                TEXT);
        lib.define("rpad", TEXT, row("rpad", v -> pad(s(v[0]), i(v[1]), " ", false)), TEXT, I4);
        lib.define(
                "rpad",
                TEXT,
                row("rpad", v -> pad(s(v[0]), i(v[1]), s(v[2]), false)),
                TEXT,
                I4,
                TEXT);
        lib.define("left", TEXT, row("left", v -> left(s(v[0]), i(v[1]))), TEXT, I4);
        lib.define("right", TEXT, row("right", v -> right(s(v[0]), i(v[1]))), TEXT, I4);
        lib.define("repeat", TEXT, row("repeat", v -> repeat(s(v[0]), i(v[1]))), TEXT, I4);
        lib.define(
                "replace",
                TEXT,
                row(
                        "replace",
                        v -> s(v[1]).isEmpty() ? s(v[0]) : s(v[0]).replace(s(v[1]), s(v[2]))),
                TEXT,
                TEXT,
                TEXT);
        lib.define("reverse", TEXT, row("reverse", v -> reverse(s(v[0]))), TEXT);
        lib.define(
                "split_part",
                TEXT,
                row("split_part", v -> splitPart(s(v[0]), s(v[1]), i(v[2]))),
                TEXT,
                TEXT,
                I4);
        lib.define(
                "starts_with",
                DataType.BOOLEAN,
                row("starts_with", v -> s(v[0]).startsWith(s(v[1]))),
                TEXT,
                TEXT);
        lib.define(
                "translate3",
                TEXT,
                row("translate", v -> translate(s(v[0]), s(v[1]), s(v[2]))),
                TEXT,
                TEXT,
                TEXT);
        lib.define(
                "translate",
                TEXT,
                row("translate", v -> translate(s(v[0]), s(v[1]), s(v[2]))),
                TEXT,
                TEXT,
                TEXT);
        lib.define(
                "ascii",
                I4,
                row("ascii", v -> s(v[0]).isEmpty() ? 0L : (long) s(v[0]).codePointAt(0)),
                TEXT);
        lib.define("chr", TEXT, row("chr", v -> chr((Long) v[0])), I4);
        lib.define(
                "md5", TEXT, row("md5", v -> md5(s(v[0]).getBytes(StandardCharsets.UTF_8))), TEXT);
        lib.define("md5", TEXT, row("md5", v -> md5((byte[]) v[0])), DataType.BYTEA);
        lib.define(
                "to_hex",
                TEXT,
                row("to_hex", v -> Integer.toHexString((int) (long) (Long) v[0])),
                I4);
        lib.define(
                "to_hex", TEXT, row("to_hex", v -> Long.toHexString((Long) v[0])), DataType.BIGINT);
        lib.define(
                "overlay",
                TEXT,
                row("overlay", v -> overlay(s(v[0]), s(v[1]), i(v[2]), codePoints(s(v[1])))),
                TEXT,
                TEXT,
                I4);
        lib.define(
                "overlay",
                TEXT,
                row("overlay", v -> overlay(s(v[0]), s(v[1]), i(v[2]), i(v[3]))),
                TEXT,
                TEXT,
                I4,
                I4);
        QuotingFunctions.register(lib);
    }

    // ---------------------------------------------------------------------------------------
    // Row-at-a-time helpers

    interface Body {
        @Nullable Object apply(Object[] v);
    }

    /** A strict function computed row by row from Java values. */
    static Resolution.Binder row(String name, Body body) {
        return (args, result) -> RowFunction.strict(name, result, (v, ctx) -> body.apply(v));
    }

    static String s(@Nullable Object v) {
        return (String) v;
    }

    static int i(@Nullable Object v) {
        long l = (Long) v;
        return (int) Math.max(Math.min(l, Integer.MAX_VALUE), Integer.MIN_VALUE);
    }

    static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    // ---------------------------------------------------------------------------------------
    // Vectorized kernels

    /** lower, upper, initcap: ASCII-only case mapping, byte by byte (the "C" locale). */
    private record CaseMap(Kind kind) implements ScalarFunction {
        enum Kind {
            LOWER,
            UPPER,
            INITCAP
        }

        @Override
        public String name() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public DataType resultType() {
            return TEXT;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            BytesColumn in = (BytesColumn) args[0];
            byte[] src = in.data();
            int[] offs = in.offsets();
            int from = offs[0];
            int to = offs[rows];
            byte[] out = new byte[to - from];
            switch (kind) {
                case LOWER -> {
                    for (int p = from; p < to; p++) {
                        byte b = src[p];
                        out[p - from] = (b >= 'A' && b <= 'Z') ? (byte) (b + 32) : b;
                    }
                }
                case UPPER -> {
                    for (int p = from; p < to; p++) {
                        byte b = src[p];
                        out[p - from] = (b >= 'a' && b <= 'z') ? (byte) (b - 32) : b;
                    }
                }
                case INITCAP -> {
                    for (int r = 0; r < rows; r++) {
                        boolean wasAlnum = false;
                        for (int p = offs[r]; p < offs[r + 1]; p++) {
                            byte b = src[p];
                            if (wasAlnum) {
                                b = (b >= 'A' && b <= 'Z') ? (byte) (b + 32) : b;
                            } else {
                                b = (b >= 'a' && b <= 'z') ? (byte) (b - 32) : b;
                            }
                            out[p - from] = b;
                            wasAlnum =
                                    (b >= 'A' && b <= 'Z')
                                            || (b >= 'a' && b <= 'z')
                                            || (b >= '0' && b <= '9');
                        }
                    }
                }
            }
            int[] outOffs = new int[rows + 1];
            for (int r = 0; r <= rows; r++) {
                outOffs[r] = offs[r] - from;
            }
            return new BytesColumn(TEXT, outOffs, out, nulls, rows);
        }
    }

    /** Number of UTF-8 bytes the character starting with lead byte {@code b} occupies. */
    static int utf8Width(byte b) {
        if (b >= 0) {
            return 1;
        }
        if ((b & 0xE0) == 0xC0) {
            return 2;
        }
        if ((b & 0xF0) == 0xE0) {
            return 3;
        }
        return 4;
    }

    /** length/char_length (characters), octet_length (bytes), bit_length (bits). */
    private record Length(Kind kind) implements ScalarFunction {
        enum Kind {
            CHARS,
            BYTES,
            BITS
        }

        @Override
        public String name() {
            return switch (kind) {
                case CHARS -> "length";
                case BYTES -> "octet_length";
                case BITS -> "bit_length";
            };
        }

        @Override
        public DataType resultType() {
            return I4;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            BytesColumn in = (BytesColumn) args[0];
            byte[] src = in.data();
            int[] offs = in.offsets();
            long[] out = new long[rows];
            switch (kind) {
                case BYTES -> {
                    for (int r = 0; r < rows; r++) {
                        out[r] = offs[r + 1] - offs[r];
                    }
                }
                case BITS -> {
                    for (int r = 0; r < rows; r++) {
                        out[r] = 8L * (offs[r + 1] - offs[r]);
                    }
                }
                case CHARS -> {
                    for (int r = 0; r < rows; r++) {
                        int n = 0;
                        for (int p = offs[r]; p < offs[r + 1]; p++) {
                            // count every byte that is not a continuation byte
                            n += (src[p] & 0xC0) != 0x80 ? 1 : 0;
                        }
                        out[r] = n;
                    }
                }
            }
            return new LongColumn(I4, out, nulls, rows);
        }
    }

    /**
     * substring(s, start [, count]): characters from {@code start} (1-based, may be before the
     * first) for {@code count} characters; a negative count is an error (22011).
     */
    private static final class Substring implements ScalarFunction {
        @Override
        public String name() {
            return "substring";
        }

        @Override
        public DataType resultType() {
            return TEXT;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            BytesColumn in = (BytesColumn) args[0];
            long[] starts = ((LongColumn) args[1]).values();
            long[] counts = args.length > 2 ? ((LongColumn) args[2]).values() : null;
            byte[] src = in.data();
            int[] offs = in.offsets();
            BytesColumnBuilder out =
                    (BytesColumnBuilder) ColumnBuilder.forType(TEXT, Math.max(rows, 1));
            for (int r = 0; r < rows; r++) {
                if (NullBits.isNull(nulls, r)) {
                    out.appendNull();
                    continue;
                }
                long start = starts[r];
                long end; // exclusive, in characters, 1-based
                if (counts == null) {
                    end = Long.MAX_VALUE;
                } else {
                    long count = counts[r];
                    if (count < 0) {
                        ctx.fail(
                                new FreshetException(
                                        ErrorCode.SUBSTRING_ERROR,
                                        "negative substring length not allowed"));
                        out.appendNull();
                        continue;
                    }
                    end = start + count;
                }
                long first = Math.max(start, 1);
                int p = offs[r];
                int limit = offs[r + 1];
                long ch = 1;
                while (ch < first && p < limit) {
                    p += utf8Width(src[p]);
                    ch++;
                }
                int q = p;
                while (ch < end && q < limit) {
                    q += utf8Width(src[q]);
                    ch++;
                }
                if (end <= first || p >= limit) {
                    out.appendBytes(src, 0, 0);
                } else {
                    out.appendBytes(src, p, Math.min(q, limit) - p);
                }
            }
            return out.build();
        }
    }

    /** The {@code ||} operator: text, arrays, jsonb. */
    private static Optional<Resolution> resolveConcatOperator(List<DataType> args) {
        if (args.size() != 2) {
            return Optional.empty();
        }
        DataType a = args.get(0);
        DataType b = args.get(1);
        if (a.kind() == TypeKind.ARRAY || b.kind() == TypeKind.ARRAY) {
            return ArrayFunctions.resolveConcat(a, b);
        }
        if (a.kind() == TypeKind.JSONB || b.kind() == TypeKind.JSONB) {
            boolean ok =
                    (a.kind() == TypeKind.JSONB || a.kind() == TypeKind.UNKNOWN)
                            && (b.kind() == TypeKind.JSONB || b.kind() == TypeKind.UNKNOWN);
            return ok ? JsonbFunctions.resolveConcat() : Optional.empty();
        }
        boolean textual =
                a.kind() == TypeKind.VARCHAR
                        || a.kind() == TypeKind.UNKNOWN
                        || b.kind() == TypeKind.VARCHAR
                        || b.kind() == TypeKind.UNKNOWN;
        if (!textual) {
            return Optional.empty();
        }
        return Optional.of(new Resolution(List.of(TEXT, TEXT), TEXT, (x, r) -> new Concat(2, -1)));
    }

    /** concat(VARIADIC "any") and concat_ws(sep, VARIADIC "any"): NULLs are skipped. */
    private static Optional<Resolution> concat(List<DataType> args, boolean withSeparator) {
        if (args.isEmpty() || (withSeparator && args.size() < 1)) {
            return Optional.empty();
        }
        List<DataType> params = new ArrayList<>(args.size());
        for (int k = 0; k < args.size(); k++) {
            DataType t = args.get(k);
            params.add(t.kind() == TypeKind.UNKNOWN || (withSeparator && k == 0) ? TEXT : t);
        }
        return Optional.of(
                new Resolution(
                        params, TEXT, (x, r) -> new Concat(x.size(), withSeparator ? 0 : -2)));
    }

    /**
     * String concatenation over columns: {@code ||} (strict, {@code separator == -1}), concat
     * ({@code -2}: NULLs skipped, never NULL) and concat_ws ({@code 0}: argument 0 is the
     * separator, NULL if it is NULL). Non-text arguments are written with their type's output
     * function, as PostgreSQL's concat does.
     */
    private record Concat(int arity, int separator) implements ScalarFunction {
        @Override
        public String name() {
            return separator == -1 ? "||" : (separator == 0 ? "concat_ws" : "concat");
        }

        @Override
        public DataType resultType() {
            return TEXT;
        }

        @Override
        public boolean strict() {
            return separator == -1;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            BytesColumnBuilder out =
                    (BytesColumnBuilder) ColumnBuilder.forType(TEXT, Math.max(rows, 1));
            StringBuilder scratch = null;
            boolean allText = true;
            for (Column c : args) {
                allText &= c instanceof BytesColumn && c.type().kind() == TypeKind.VARCHAR;
            }
            int firstValue = separator == 0 ? 1 : 0;
            for (int r = 0; r < rows; r++) {
                if (separator == -1 && NullBits.isNull(nulls, r)) {
                    out.appendNull();
                    continue;
                }
                if (separator == 0 && args[0].isNull(r)) {
                    out.appendNull();
                    continue;
                }
                if (allText) {
                    BytesColumn sep = separator == 0 ? (BytesColumn) args[0] : null;
                    int total = 0;
                    for (int k = firstValue; k < args.length; k++) {
                        if (!args[k].isNull(r)) {
                            total += ((BytesColumn) args[k]).length(r);
                        }
                    }
                    byte[] buf = new byte[total + (sep == null ? 0 : sep.length(r) * args.length)];
                    int n = 0;
                    boolean first = true;
                    for (int k = firstValue; k < args.length; k++) {
                        if (args[k].isNull(r)) {
                            continue;
                        }
                        if (sep != null && !first) {
                            System.arraycopy(sep.data(), sep.start(r), buf, n, sep.length(r));
                            n += sep.length(r);
                        }
                        BytesColumn b = (BytesColumn) args[k];
                        System.arraycopy(b.data(), b.start(r), buf, n, b.length(r));
                        n += b.length(r);
                        first = false;
                    }
                    out.appendBytes(buf, 0, n);
                    continue;
                }
                if (scratch == null) {
                    scratch = new StringBuilder();
                }
                scratch.setLength(0);
                boolean first = true;
                for (int k = firstValue; k < args.length; k++) {
                    if (args[k].isNull(r)) {
                        continue;
                    }
                    if (separator == 0 && !first) {
                        PgText.format(args[0], r, ctx.timeZone(), scratch);
                    }
                    PgText.format(args[k], r, ctx.timeZone(), scratch);
                    first = false;
                }
                out.appendString(scratch.toString());
            }
            return out.build();
        }
    }

    // ---------------------------------------------------------------------------------------
    // Row functions

    static long position(String needle, String haystack) {
        int i = haystack.indexOf(needle);
        return i < 0 ? 0 : haystack.codePointCount(0, i) + 1;
    }

    /** Removes the longest prefix and/or suffix made of characters in {@code chars}. */
    static String trim(String s, String chars, boolean left, boolean right) {
        int from = 0;
        int to = s.length();
        if (left) {
            while (from < to) {
                int cp = s.codePointAt(from);
                if (chars.indexOf(cp) < 0) {
                    break;
                }
                from += Character.charCount(cp);
            }
        }
        if (right) {
            while (to > from) {
                int cp = s.codePointBefore(to);
                if (chars.indexOf(cp) < 0) {
                    break;
                }
                to -= Character.charCount(cp);
            }
        }
        return s.substring(from, to);
    }

    private static String pad(String s, int length, String fill, boolean left) {
        if (length <= 0) {
            return "";
        }
        int n = codePoints(s);
        if (n >= length) {
            return s.substring(0, s.offsetByCodePoints(0, length));
        }
        if (fill.isEmpty()) {
            return s;
        }
        int need = length - n;
        StringBuilder padding = new StringBuilder();
        int fillLen = codePoints(fill);
        for (int k = 0; k < need; k++) {
            int at = fill.offsetByCodePoints(0, k % fillLen);
            padding.appendCodePoint(fill.codePointAt(at));
        }
        return left ? padding + s : s + padding;
    }

    private static String left(String s, int n) {
        int len = codePoints(s);
        int keep = n >= 0 ? Math.min(n, len) : Math.max(0, len + n);
        return s.substring(0, s.offsetByCodePoints(0, keep));
    }

    private static String right(String s, int n) {
        int len = codePoints(s);
        int keep = n >= 0 ? Math.min(n, len) : Math.max(0, len + n);
        return s.substring(s.offsetByCodePoints(0, len - keep));
    }

    private static String repeat(String s, int n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if ((long) s.length() * n > (1L << 28)) {
            throw new FreshetException(
                    ErrorCode.PROGRAM_LIMIT_EXCEEDED, "requested length too large");
        }
        return s.repeat(n);
    }

    private static String reverse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = s.length(); k > 0; ) {
            int cp = s.codePointBefore(k);
            sb.appendCodePoint(cp);
            k -= Character.charCount(cp);
        }
        return sb.toString();
    }

    private static String splitPart(String s, String delimiter, int field) {
        if (field == 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE, "field position must not be zero");
        }
        if (s.isEmpty()) {
            return "";
        }
        if (delimiter.isEmpty()) {
            return field == 1 || field == -1 ? s : "";
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = s.indexOf(delimiter, from);
            if (at < 0) {
                parts.add(s.substring(from));
                break;
            }
            parts.add(s.substring(from, at));
            from = at + delimiter.length();
        }
        int idx = field > 0 ? field - 1 : parts.size() + field;
        return idx >= 0 && idx < parts.size() ? parts.get(idx) : "";
    }

    private static String translate(String s, String from, String to) {
        int[] f = from.codePoints().toArray();
        int[] t = to.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints()
                .forEach(
                        cp -> {
                            int k = -1;
                            for (int j = 0; j < f.length; j++) {
                                if (f[j] == cp) {
                                    k = j;
                                    break;
                                }
                            }
                            if (k < 0) {
                                sb.appendCodePoint(cp);
                            } else if (k < t.length) {
                                sb.appendCodePoint(t[k]);
                            }
                        });
        return sb.toString();
    }

    private static String chr(long code) {
        if (code == 0) {
            throw new FreshetException(
                    ErrorCode.PROGRAM_LIMIT_EXCEEDED, "null character not permitted");
        }
        if (code < 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE, "character number must be positive");
        }
        if (code > 0x10FFFF) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "requested character too large for encoding: " + code);
        }
        if (code >= 0xD800 && code <= 0xDFFF) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "requested character not valid for encoding: " + code);
        }
        return new String(Character.toChars((int) code));
    }

    private static String md5(byte[] data) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5").digest(data);
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String overlay(String s, String replacement, int start, int count) {
        if (start <= 0) {
            throw new FreshetException(
                    ErrorCode.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        int n = codePoints(s);
        int head = Math.min(start - 1, n);
        int tailFrom = (int) Math.min((long) start - 1 + Math.max(count, 0), n);
        if (count < 0) {
            tailFrom = Math.max(head + count, 0);
        }
        String a = s.substring(0, s.offsetByCodePoints(0, head));
        String b = s.substring(s.offsetByCodePoints(0, Math.max(tailFrom, 0)));
        return a + replacement + b;
    }

    /** A value's text as PostgreSQL's output function writes it. */
    static String text(DataType type, Object value, EvalContext ctx) {
        if (value instanceof String s) {
            return s;
        }
        return PgText.format(type, value, ctx.timeZone());
    }
}
