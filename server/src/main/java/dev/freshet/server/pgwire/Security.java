package dev.freshet.server.pgwire;

import io.netty.handler.ssl.SslContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The server's authentication method and, when a certificate is configured, its TLS context
 * (SSLRequest is then answered 'S', else 'N').
 */
public record Security(AuthMethod auth, @Nullable SslContext tls) {
    public static final Security NONE = new Security(AuthMethod.TRUST, null);

    public Security {
        Objects.requireNonNull(auth);
    }
}
