package dev.freshet.engine.session;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A session's run-time parameters (SET / SHOW / RESET). Names are case-insensitive and kept in
 * PostgreSQL's canonical spelling; the ones PostgreSQL reports to clients are listed in {@link
 * #REPORTED}.
 */
public final class SessionParameters {
    /** Parameters whose changes are reported with ParameterStatus (GUC_REPORT in PostgreSQL). */
    public static final List<String> REPORTED =
            List.of(
                    "application_name",
                    "client_encoding",
                    "DateStyle",
                    "default_transaction_read_only",
                    "in_hot_standby",
                    "integer_datetimes",
                    "IntervalStyle",
                    "is_superuser",
                    "server_encoding",
                    "server_version",
                    "session_authorization",
                    "standard_conforming_strings",
                    "TimeZone");

    private static final Map<String, String> KNOWN = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String n :
                List.of(
                        "application_name",
                        "client_encoding",
                        "DateStyle",
                        "IntervalStyle",
                        "TimeZone",
                        "default_transaction_read_only",
                        "in_hot_standby",
                        "integer_datetimes",
                        "is_superuser",
                        "server_encoding",
                        "server_version",
                        "server_version_num",
                        "session_authorization",
                        "standard_conforming_strings",
                        "extra_float_digits",
                        "search_path",
                        "transaction_isolation",
                        "default_transaction_isolation",
                        "statement_timeout",
                        "lock_timeout",
                        "idle_in_transaction_session_timeout",
                        "max_identifier_length",
                        "client_min_messages",
                        "bytea_output")) {
            KNOWN.put(n, n);
        }
    }

    private final Map<String, String> canonical = new TreeMap<>(KNOWN);
    private final Map<String, String> defaults = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** What {@link #reported} returns until a value changes (null: compute again). */
    private @Nullable Map<String, String> reportedCache;

    private ZoneId zone = ZoneOffset.UTC;

    public SessionParameters(String serverVersion, String user) {
        define("server_version", serverVersion);
        define("server_version_num", versionNum(serverVersion));
        define("server_encoding", "UTF8");
        define("client_encoding", "UTF8");
        define("DateStyle", "ISO, MDY");
        define("IntervalStyle", "postgres");
        define("TimeZone", "UTC");
        define("integer_datetimes", "on");
        define("standard_conforming_strings", "on");
        define("application_name", "");
        define("is_superuser", "on");
        define("session_authorization", user);
        define("default_transaction_read_only", "off");
        define("in_hot_standby", "off");
        define("extra_float_digits", "1");
        define("search_path", "\"$user\", public");
        define("transaction_isolation", "read committed");
        define("default_transaction_isolation", "read committed");
        define("statement_timeout", "0");
        define("lock_timeout", "0");
        define("idle_in_transaction_session_timeout", "0");
        define("max_identifier_length", "63");
        define("max_index_keys", "32");
        define("client_min_messages", "notice");
        define("bytea_output", "hex");
        define("datestyle", "ISO, MDY");
        define("rw_implicit_flush", "true");
        define("streaming_parallelism", "default");
        define("subscribe_fetch_timeout", "0");
    }

    private static String versionNum(String v) {
        String[] parts = v.split("[.\\s]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
            return Integer.toString(major * 10000 + minor);
        } catch (NumberFormatException e) {
            return "150000";
        }
    }

    private void define(String name, String value) {
        if (!canonical.containsKey(name)) {
            canonical.put(name, name);
        }
        defaults.put(name, value);
        values.put(name, value);
        reportedCache = null;
    }

    /**
     * Applies a startup parameter from the client (unknown ones are kept, as PostgreSQL does for
     * options).
     */
    public void applyStartup(String name, String value) {
        if (name.equalsIgnoreCase("user")
                || name.equalsIgnoreCase("database")
                || name.equalsIgnoreCase("options")
                || name.equalsIgnoreCase("replication")) {
            return;
        }
        try {
            set(name, value);
        } catch (FreshetException e) {
            // a bad startup value is ignored rather than refusing the connection
        }
    }

    /** SET name TO value. */
    public void set(String name, String value) {
        String key = canonical.getOrDefault(name, name.toLowerCase(Locale.ROOT));
        String v = value;
        switch (key.toLowerCase(Locale.ROOT)) {
            case "timezone" -> {
                zone = parseZone(value);
                v = value;
            }
            case "datestyle" -> {
                String u = value.toUpperCase(Locale.ROOT);
                if (!u.contains("ISO")
                        && !u.contains("MDY")
                        && !u.contains("DMY")
                        && !u.contains("YMD")) {
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED, "only ISO DateStyle is supported");
                }
                v = "ISO, " + (u.contains("DMY") ? "DMY" : u.contains("YMD") ? "YMD" : "MDY");
                values.put("datestyle", v);
                reportedCache = null;
                key = "DateStyle";
            }
            case "client_encoding" -> {
                String u = value.toUpperCase(Locale.ROOT).replace("-", "");
                if (!u.equals("UTF8") && !u.equals("UNICODE")) {
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "conversion to encoding \"" + value + "\" is not supported; use UTF8");
                }
                v = "UTF8";
            }
            case "server_version",
                    "server_encoding",
                    "integer_datetimes",
                    "server_version_num",
                    "is_superuser",
                    "session_authorization",
                    "max_identifier_length",
                    "max_index_keys",
                    "in_hot_standby" ->
                    throw new FreshetException(
                            ErrorCode.CANT_CHANGE_RUNTIME_PARAM,
                            "parameter \"" + key + "\" cannot be changed");
            case "extra_float_digits" -> {
                try {
                    int d = Integer.parseInt(value.strip());
                    if (d < -15 || d > 3) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new FreshetException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "invalid value for parameter \"extra_float_digits\": \""
                                    + value
                                    + "\"");
                }
            }
            default -> {}
        }
        if (!canonical.containsKey(key)) {
            canonical.put(key, key);
        }
        values.put(key, v);
        reportedCache = null;
    }

    /** RESET name (to its default; unknown custom parameters disappear). */
    public void reset(String name) {
        String key = canonical.getOrDefault(name, name);
        String d = defaults.get(key);
        if (d == null) {
            values.remove(key);
            reportedCache = null;
        } else {
            set(key, d);
        }
    }

    public void resetAll() {
        for (String k : List.copyOf(defaults.keySet())) {
            if (!k.equalsIgnoreCase("session_authorization")
                    && !k.equalsIgnoreCase("server_version")
                    && !k.equalsIgnoreCase("server_version_num")
                    && !k.equalsIgnoreCase("server_encoding")
                    && !k.equalsIgnoreCase("integer_datetimes")
                    && !k.equalsIgnoreCase("is_superuser")
                    && !k.equalsIgnoreCase("max_identifier_length")
                    && !k.equalsIgnoreCase("max_index_keys")
                    && !k.equalsIgnoreCase("in_hot_standby")) {
                set(k, defaults.get(k));
            }
        }
    }

    /** SHOW name; 42704 for a parameter never defined or set. */
    public String get(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_OBJECT,
                    "unrecognized configuration parameter \""
                            + name.toLowerCase(Locale.ROOT)
                            + "\"");
        }
        return v;
    }

    /** Canonical spelling of a parameter name. */
    public String canonicalName(String name) {
        return canonical.getOrDefault(name, name.toLowerCase(Locale.ROOT));
    }

    /** Canonical spelling of a built-in parameter name (lower case for others). */
    public static String canonical(String name) {
        String n = name.strip();
        if (n.equalsIgnoreCase("time zone") || n.equalsIgnoreCase("time_zone")) {
            return "TimeZone";
        }
        return KNOWN.getOrDefault(n, n.toLowerCase(Locale.ROOT));
    }

    /** Every parameter and its value, by name (SHOW ALL). */
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            if (!e.getKey().equals("datestyle")) {
                out.put(canonicalName(e.getKey()), e.getValue());
            }
        }
        return out;
    }

    /**
     * The values reported to the client; the same unmodifiable map until a value changes, so the
     * wire layer's check after every statement is one comparison of references.
     */
    public Map<String, String> reported() {
        Map<String, String> out = reportedCache;
        if (out == null) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String k : REPORTED) {
                m.put(k, values.get(k));
            }
            out = java.util.Collections.unmodifiableMap(m);
            reportedCache = out;
        }
        return out;
    }

    /** The session time zone. */
    public ZoneId zone() {
        return zone;
    }

    static ZoneId parseZone(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("utc")
                || t.equalsIgnoreCase("gmt")
                || t.equalsIgnoreCase("z")
                || t.equalsIgnoreCase("zulu")) {
            return ZoneOffset.UTC;
        }
        if (t.equalsIgnoreCase("localtime") || t.equalsIgnoreCase("local")) {
            return ZoneId.systemDefault();
        }
        try {
            if (t.matches("[+-]?\\d{1,2}(:\\d{2})?")) {
                // POSIX-style: SET TIME ZONE -5 means UTC-5 (ISO sign convention for numbers)
                String s = t.startsWith("+") || t.startsWith("-") ? t : "+" + t;
                if (s.length() == 2 || (s.length() == 3 && !s.contains(":"))) {
                    int h = Integer.parseInt(s);
                    return ZoneOffset.ofHours(h);
                }
                return ZoneOffset.of(s);
            }
            return ZoneId.of(t);
        } catch (DateTimeException | NumberFormatException e) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "invalid value for parameter \"TimeZone\": \"" + text + "\"");
        }
    }
}
