package dev.freshet.server.pgwire;

import dev.freshet.engine.api.Session;
import dev.freshet.server.pgwire.PgError.Severity;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the client what statements changed in its session: NoticeResponse for each notice the
 * session raised, ParameterStatus for each reported parameter whose value changed. Also tracks the
 * session's time zone, in which TIMESTAMPTZ text is shown and read.
 *
 * <p>Parameters are sent in name order, so the stream of messages never depends on hash order.
 */
final class SessionChangeReporter {
    private static final Logger log = LoggerFactory.getLogger(SessionChangeReporter.class);
    private static final String TIME_ZONE = "TimeZone";

    /** SQLSTATE of a plain notice (successful completion). */
    private static final String NOTICE_STATE = "00000";

    private final Session session;
    private final ChannelOutput out;
    private final TreeMap<String, String> reported = new TreeMap<>();
    private @Nullable Map<String, String> lastSeen;
    private ZoneId zone = ZoneOffset.UTC;

    SessionChangeReporter(Session session, ChannelOutput out) {
        this.session = session;
        this.out = out;
    }

    /** The session's current time zone. */
    ZoneId zone() {
        return zone;
    }

    /** Sends ParameterStatus for every reported parameter (the end of startup). */
    void sendAll() {
        reported.putAll(session.reportedParameters());
        PgEncoder.parameterStatuses(out.buffer(), reported);
        out.messageWritten();
        updateZone();
    }

    /** Sends pending notices and ParameterStatus for parameters that changed. */
    void reportChanges() {
        for (String notice : session.drainNotices()) {
            PgEncoder.noticeResponse(
                    out.buffer(),
                    new PgError(Severity.NOTICE, NOTICE_STATE, notice, 0, null, null, null));
            out.messageWritten();
        }
        Map<String, String> current = session.reportedParameters();
        if (current == lastSeen) {
            return; // the session hands out the same map until a parameter changes
        }
        lastSeen = current;
        if (current.equals(reported)) {
            return;
        }
        Map<String, String> now = new TreeMap<>(current);
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (!Objects.equals(reported.get(e.getKey()), e.getValue())) {
                PgEncoder.parameterStatus(out.buffer(), e.getKey(), e.getValue());
                out.messageWritten();
            }
        }
        reported.clear();
        reported.putAll(now);
        updateZone();
    }

    private void updateZone() {
        String name = reported.get(TIME_ZONE);
        if (name == null) {
            return;
        }
        try {
            zone = ZoneId.of(name);
        } catch (DateTimeException e) {
            // The engine validated the name; one Java does not know keeps the previous zone.
            log.debug("time zone {} unknown to java.time; keeping {}", name, zone);
        }
    }
}
