package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PgText;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Text functions: ||, concat, lower, upper, length, substr, trim, replace, split_part, ... */
final class StringFunctions {
    private StringFunctions() {}

    static void register(FunctionLibrary lib) {
        lib.register("||", StringFunctions::concatOperator);
        lib.register("concat", (args, result) -> Optional.of(concat(args, false)));
        lib.register("concat_ws", (args, result) -> Optional.of(concat(args, true)));
        lib.register("lower", text1("lower", s -> s.toLowerCase(Locale.ROOT)));
        lib.register("upper", text1("upper", s -> s.toUpperCase(Locale.ROOT)));
        lib.register("initcap", text1("initcap", StringFunctions::initcap));
        lib.register("reverse", text1("reverse", s -> new StringBuilder(s).reverse().toString()));
        lib.register("md5", text1("md5", StringFunctions::md5));
        FunctionLibrary.Factory length =
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "length",
                                        result,
                                        (v, ctx) -> (long) codePoints((String) v[0])));
        lib.register("length", length);
        lib.register("char_length", length);
        lib.register("character_length", length);
        lib.register(
                "octet_length",
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "octet_length",
                                        result,
                                        (v, ctx) ->
                                                (long)
                                                        ((String) v[0])
                                                                .getBytes(
                                                                        java.nio.charset
                                                                                .StandardCharsets
                                                                                .UTF_8)
                                                                .length)));
        FunctionLibrary.Factory substr =
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "substr",
                                        DataType.VARCHAR,
                                        (v, ctx) ->
                                                substr(
                                                        (String) v[0],
                                                        ((Number) v[1]).longValue(),
                                                        v.length > 2 ? (Number) v[2] : null)));
        lib.register("substr", substr);
        lib.register("substring", substr);
        lib.register(
                "replace",
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "replace",
                                        DataType.VARCHAR,
                                        (v, ctx) ->
                                                ((String) v[1]).isEmpty()
                                                        ? v[0]
                                                        : ((String) v[0])
                                                                .replace(
                                                                        (String) v[1],
                                                                        (String) v[2]))));
        FunctionLibrary.Factory strpos =
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "strpos",
                                        DataType.INTEGER,
                                        (v, ctx) -> position((String) v[1], (String) v[0])));
        lib.register("strpos", strpos);
        lib.register(
                "position",
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "position",
                                        DataType.INTEGER,
                                        (v, ctx) -> position((String) v[0], (String) v[1]))));
        lib.register(
                "left",
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "left",
                                        DataType.VARCHAR,
                                        (v, ctx) ->
                                                left((String) v[0], ((Number) v[1]).intValue()))));
        lib.register(
                "right",
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "right",
                                        DataType.VARCHAR,
                                        (v, ctx) ->
                                                right((String) v[0], ((Number) v[1]).intValue()))));
        lib.register(
                "repeat",
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "repeat",
                                        DataType.VARCHAR,
                                        (v, ctx) ->
                                                ((String) v[0])
                                                        .repeat(
                                                                Math.max(
                                                                        0,
                                                                        ((Number) v[1])
                                                                                .intValue())))));
        lib.register(
                "split_part",
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "split_part",
                                        DataType.VARCHAR,
                                        (v, ctx) ->
                                                splitPart(
                                                        (String) v[0],
                                                        (String) v[1],
                                                        ((Number) v[2]).intValue()))));
        lib.register(
                "starts_with",
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "starts_with",
                                        DataType.BOOLEAN,
                                        (v, ctx) -> ((String) v[0]).startsWith((String) v[1]))));
        FunctionLibrary.Factory arrayJoin =
                (args, result) ->
                        Optional.of(
                                RowFunction.strict(
                                        "array_to_string",
                                        DataType.VARCHAR,
                                        (v, ctx) ->
                                                arrayToString(
                                                        args.get(0),
                                                        (List<?>) v[0],
                                                        (String) v[1],
                                                        ctx)));
        lib.register("array_join", arrayJoin);
        lib.register("array_to_string", arrayJoin);
        lib.register("like", (args, result) -> Optional.of(like(false, args.size() > 2)));
        lib.register("ilike", (args, result) -> Optional.of(like(true, args.size() > 2)));
    }

    private interface TextOp {
        String apply(String s);
    }

    private static FunctionLibrary.Factory text1(String name, TextOp op) {
        return (args, result) ->
                Optional.of(
                        RowFunction.strict(
                                name, DataType.VARCHAR, (v, ctx) -> op.apply((String) v[0])));
    }

    private static Optional<ScalarFunction> concatOperator(List<DataType> args, DataType result) {
        if (args.stream().anyMatch(t -> t.kind() == dev.freshet.engine.type.TypeKind.ARRAY)) {
            return Optional.empty();
        }
        return Optional.of(
                RowFunction.strict(
                        "||",
                        DataType.VARCHAR,
                        (v, ctx) -> {
                            StringBuilder sb = new StringBuilder();
                            for (int i = 0; i < v.length; i++) {
                                sb.append(text(args.get(i), v[i], ctx));
                            }
                            return sb.toString();
                        }));
    }

    /** concat (NULLs ignored) and concat_ws (first argument is the separator). */
    private static ScalarFunction concat(List<DataType> args, boolean withSeparator) {
        return new RowFunction(
                withSeparator ? "concat_ws" : "concat",
                DataType.VARCHAR,
                false,
                false,
                (v, ctx) -> {
                    if (withSeparator && v[0] == null) {
                        return null;
                    }
                    String sep = withSeparator ? (String) v[0] : "";
                    StringBuilder sb = new StringBuilder();
                    boolean first = true;
                    for (int i = withSeparator ? 1 : 0; i < v.length; i++) {
                        if (v[i] == null) {
                            continue;
                        }
                        if (!first) {
                            sb.append(sep);
                        }
                        sb.append(text(args.get(i), v[i], ctx));
                        first = false;
                    }
                    return sb.toString();
                });
    }

    /** A value's text form as casting it to text would give. */
    static String text(DataType type, Object value, EvalContext ctx) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return PgText.format(type, value, ctx.timeZone());
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** PostgreSQL substr: 1-based start, may start before 1; negative length is an error. */
    static String substr(String s, long start, @Nullable Number count) {
        int n = codePoints(s);
        long from = start;
        long to;
        if (count == null) {
            to = Long.MAX_VALUE;
        } else {
            long c = count.longValue();
            if (c < 0) {
                throw new FreshetException(
                        ErrorCode.INVALID_PARAMETER_VALUE, "negative substring length not allowed");
            }
            to = start + c;
        }
        long b = Math.max(from, 1);
        long e = Math.min(to, (long) n + 1);
        if (e <= b) {
            return "";
        }
        int bi = s.offsetByCodePoints(0, (int) (b - 1));
        int ei = s.offsetByCodePoints(bi, (int) (e - b));
        return s.substring(bi, ei);
    }

    private static long position(String needle, String haystack) {
        int i = haystack.indexOf(needle);
        return i < 0 ? 0 : haystack.codePointCount(0, i) + 1;
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

    private static String splitPart(String s, String delimiter, int field) {
        if (field == 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE, "field position must not be zero");
        }
        String[] parts =
                delimiter.isEmpty() ? new String[] {s} : s.split(Pattern.quote(delimiter), -1);
        int idx = field > 0 ? field - 1 : parts.length + field;
        return idx >= 0 && idx < parts.length ? parts[idx] : "";
    }

    private static String arrayToString(
            DataType arrayType, List<?> values, String sep, EvalContext ctx) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object o : values) {
            if (o == null) {
                continue;
            }
            if (!first) {
                sb.append(sep);
            }
            sb.append(text(arrayType.elementType(), o, ctx));
            first = false;
        }
        return sb.toString();
    }

    private static String initcap(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return sb.toString();
    }

    private static String md5(String s) {
        try {
            byte[] d =
                    java.security.MessageDigest.getInstance("MD5")
                            .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ScalarFunction like(boolean caseInsensitive, boolean hasEscape) {
        return RowFunction.strict(
                caseInsensitive ? "ILIKE" : "LIKE",
                DataType.BOOLEAN,
                (v, ctx) -> {
                    char escape = '\\';
                    if (hasEscape) {
                        String e = (String) v[2];
                        escape = e.isEmpty() ? 0 : e.charAt(0);
                    }
                    return LikePattern.compile((String) v[1], escape, caseInsensitive)
                            .matcher((String) v[0])
                            .matches();
                });
    }
}
