package dev.freshet.engine.api;

import java.util.Objects;

/**
 * What the server needs to check a user's password without knowing it: the SCRAM-SHA-256 secret
 * (RFC 5802/7677: salt, iteration count, StoredKey = H(ClientKey), ServerKey) and PostgreSQL's md5
 * hash ({@code "md5" + md5hex(password + user)}).
 */
public record UserCredentials(
        byte[] salt, int iterations, byte[] storedKey, byte[] serverKey, String md5Hash) {
    public UserCredentials {
        Objects.requireNonNull(salt);
        Objects.requireNonNull(storedKey);
        Objects.requireNonNull(serverKey);
        Objects.requireNonNull(md5Hash);
    }
}
