package dev.freshet.server.pgwire;

import java.util.Locale;

/**
 * How clients prove who they are (the server's {@code --auth}). Under every method but {@link
 * #TRUST}, a user with a password must give it; a user without one is let in only over loopback (so
 * {@code root} can log in locally and CREATE USER the others) and refused from elsewhere.
 */
public enum AuthMethod {
    /** No password is asked for (the default). */
    TRUST,
    /** The password in clear text (AuthenticationCleartextPassword): use it only over TLS. */
    PASSWORD,
    /** PostgreSQL's md5 challenge (AuthenticationMD5Password). */
    MD5,
    /** SCRAM-SHA-256 (AuthenticationSASL), PostgreSQL's default since version 14. */
    SCRAM;

    /** The method named {@code trust}, {@code password}, {@code md5} or {@code scram}. */
    public static AuthMethod of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "trust" -> TRUST;
            case "password" -> PASSWORD;
            case "md5" -> MD5;
            case "scram", "scram-sha-256" -> SCRAM;
            default ->
                    throw new IllegalArgumentException(
                            "unknown authentication method '"
                                    + name
                                    + "' (trust, password, md5 or scram)");
        };
    }
}
