package dev.freshet.engine.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How password secrets are derived (SCRAM-SHA-256 of RFC 5802/7677 and PostgreSQL's md5), with the
 * JDK's crypto: the engine derives them when a password is set, the server checks logins against
 * them.
 */
public final class PasswordSecrets {
    private PasswordSecrets() {}

    /** PostgreSQL's default {@code scram_iterations}. */
    public static final int SCRAM_ITERATIONS = 4096;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The SCRAM-SHA-256 secret (fresh salt) and md5 hash of {@code password}. */
    public static UserCredentials derive(String user, String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] salted = saltedPassword(password, salt, SCRAM_ITERATIONS);
        byte[] clientKey = hmac(salted, "Client Key");
        byte[] storedKey = sha256(clientKey);
        byte[] serverKey = hmac(salted, "Server Key");
        String md5 = "md5" + md5Hex((password + user).getBytes(StandardCharsets.UTF_8));
        return new UserCredentials(salt, SCRAM_ITERATIONS, storedKey, serverKey, md5);
    }

    /** SCRAM's Hi(): PBKDF2 with HMAC-SHA-256, 32 bytes. */
    public static byte[] saltedPassword(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from the JDK", e);
        }
    }

    public static byte[] hmac(byte[] key, String message) {
        return hmac(key, message.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
        }
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    public static String md5Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is missing from the JDK", e);
        }
    }
}
