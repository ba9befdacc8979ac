package dev.freshet.server.pgwire;

import dev.freshet.engine.api.PasswordSecrets;
import dev.freshet.engine.api.UserCredentials;
import dev.freshet.server.pgwire.ConnectionEvent.ChannelClosed;
import dev.freshet.server.pgwire.ConnectionEvent.ServerShutdown;
import dev.freshet.server.pgwire.FrontendMessage.PasswordData;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The authentication exchange of one startup, after the StartupMessage and before AuthenticationOk:
 *
 * <pre>
 *   password: → AuthenticationCleartextPassword (3); ← PasswordMessage
 *   md5:      → AuthenticationMD5Password (5, salt); ← PasswordMessage "md5" + md5(md5(pw+user)+salt)
 *   scram:    → AuthenticationSASL (10, "SCRAM-SHA-256"); ← SASLInitialResponse (client-first)
 *             → AuthenticationSASLContinue (11, server-first); ← SASLResponse (client-final)
 *             → AuthenticationSASLFinal (12, server signature)
 * </pre>
 *
 * SCRAM-SHA-256 as RFC 5802 and 7677 define it, without channel binding (the server does not offer
 * SCRAM-SHA-256-PLUS), checked against the secret the engine keeps (never the password). Every
 * failure is 28P01 "password authentication failed for user", as PostgreSQL says it, whatever went
 * wrong.
 */
final class Authenticator {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SCRAM = "SCRAM-SHA-256";

    private final ChannelOutput out;
    private final Supplier<ConnectionEvent> next;

    Authenticator(ChannelOutput out, Supplier<ConnectionEvent> next) {
        this.out = out;
        this.next = next;
    }

    /** Runs {@code method}'s exchange; returns normally when the password was right. */
    void authenticate(AuthMethod method, String user, UserCredentials secret) {
        switch (method) {
            case TRUST -> {}
            case PASSWORD -> {
                request(3, new byte[0]);
                String password = cString(response(user), user);
                byte[] salted =
                        PasswordSecrets.saltedPassword(
                                password, secret.salt(), secret.iterations());
                byte[] stored = PasswordSecrets.sha256(PasswordSecrets.hmac(salted, "Client Key"));
                check(MessageDigest.isEqual(stored, secret.storedKey()), user);
            }
            case MD5 -> {
                byte[] salt = new byte[4];
                RANDOM.nextBytes(salt);
                request(5, salt);
                String answer = cString(response(user), user);
                byte[] inner = secret.md5Hash().substring(3).getBytes(StandardCharsets.US_ASCII);
                byte[] both = new byte[inner.length + 4];
                System.arraycopy(inner, 0, both, 0, inner.length);
                System.arraycopy(salt, 0, both, inner.length, 4);
                String expected = "md5" + PasswordSecrets.md5Hex(both);
                check(
                        MessageDigest.isEqual(
                                expected.getBytes(StandardCharsets.US_ASCII),
                                answer.getBytes(StandardCharsets.US_ASCII)),
                        user);
            }
            case SCRAM -> scram(user, secret);
        }
    }

    private void scram(String user, UserCredentials secret) {
        byte[] mechanisms = (SCRAM + "\0\0").getBytes(StandardCharsets.US_ASCII);
        request(10, mechanisms);
        // SASLInitialResponse: String mechanism, Int32 length, Byte[length] client-first-message
        ByteBuf initial = Unpooled.wrappedBuffer(response(user));
        int nul = initial.bytesBefore((byte) 0);
        if (nul < 0) {
            throw failed(user);
        }
        String mechanism = initial.readCharSequence(nul, StandardCharsets.US_ASCII).toString();
        initial.skipBytes(1);
        if (!mechanism.equals(SCRAM) || initial.readableBytes() < 4) {
            throw failed(user);
        }
        int length = initial.readInt();
        if (length != initial.readableBytes()) {
            throw failed(user);
        }
        String clientFirst = initial.toString(StandardCharsets.UTF_8);
        // gs2-header: "n,," or "y,," (no channel binding; "p=" would ask for binding we lack)
        if (!(clientFirst.startsWith("n,") || clientFirst.startsWith("y,"))) {
            throw failed(user);
        }
        int second = clientFirst.indexOf(',', 2);
        if (second < 0) {
            throw failed(user);
        }
        String gs2Header = clientFirst.substring(0, second + 1);
        String clientFirstBare = clientFirst.substring(second + 1);
        String clientNonce = attribute(clientFirstBare, 'r', user);
        byte[] serverNonceBytes = new byte[18];
        RANDOM.nextBytes(serverNonceBytes);
        String nonce = clientNonce + Base64.getEncoder().encodeToString(serverNonceBytes);
        String serverFirst =
                "r="
                        + nonce
                        + ",s="
                        + Base64.getEncoder().encodeToString(secret.salt())
                        + ",i="
                        + secret.iterations();
        request(11, serverFirst.getBytes(StandardCharsets.US_ASCII));
        String clientFinal = new String(response(user), StandardCharsets.UTF_8);
        int proofAt = clientFinal.lastIndexOf(",p=");
        if (proofAt < 0) {
            throw failed(user);
        }
        String withoutProof = clientFinal.substring(0, proofAt);
        String binding = attribute(withoutProof, 'c', user);
        String finalNonce = attribute(withoutProof, 'r', user);
        byte[] proof;
        try {
            proof = Base64.getDecoder().decode(clientFinal.substring(proofAt + 3));
            byte[] bindingBytes = Base64.getDecoder().decode(binding);
            check(
                    new String(bindingBytes, StandardCharsets.UTF_8).equals(gs2Header)
                            && finalNonce.equals(nonce)
                            && proof.length == 32,
                    user);
        } catch (IllegalArgumentException e) {
            throw failed(user);
        }
        byte[] authMessage =
                (clientFirstBare + "," + serverFirst + "," + withoutProof)
                        .getBytes(StandardCharsets.UTF_8);
        byte[] clientSignature = PasswordSecrets.hmac(secret.storedKey(), authMessage);
        byte[] clientKey = new byte[32];
        for (int i = 0; i < 32; i++) {
            clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
        }
        check(MessageDigest.isEqual(PasswordSecrets.sha256(clientKey), secret.storedKey()), user);
        byte[] serverSignature = PasswordSecrets.hmac(secret.serverKey(), authMessage);
        String serverFinal = "v=" + Base64.getEncoder().encodeToString(serverSignature);
        request(12, serverFinal.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code name=value} among the comma-separated attributes of a SCRAM message. */
    private static String attribute(String message, char name, String user) {
        for (String part : message.split(",")) {
            if (part.length() >= 2 && part.charAt(0) == name && part.charAt(1) == '=') {
                return part.substring(2);
            }
        }
        throw failed(user);
    }

    /** AuthenticationXXX: {@code 'R', Int32 len, Int32 code, data}. */
    private void request(int code, byte[] data) {
        ByteBuf buf = out.buffer();
        int start = PgEncoder.begin(buf, PgEncoder.AUTHENTICATION);
        buf.writeInt(code);
        buf.writeBytes(data);
        PgEncoder.end(buf, start);
        out.flush();
    }

    private byte[] response(String user) {
        ConnectionEvent event = next.get();
        return switch (event) {
            case PasswordData p -> p.data();
            case ChannelClosed _ -> throw new ClientGoneException();
            case ServerShutdown _ ->
                    throw new FreshetException(
                            ErrorCode.ADMIN_SHUTDOWN,
                            "terminating connection due to administrator command");
            case FrontendMessage m ->
                    throw new FreshetException(
                            ErrorCode.PROTOCOL_VIOLATION,
                            "expected password response, got message type "
                                    + m.getClass().getSimpleName());
        };
    }

    private static String cString(byte[] data, String user) {
        if (data.length == 0 || data[data.length - 1] != 0) {
            throw failed(user);
        }
        return new String(data, 0, data.length - 1, StandardCharsets.UTF_8);
    }

    private static void check(boolean ok, String user) {
        if (!ok) {
            throw failed(user);
        }
    }

    static FreshetException failed(String user) {
        return new FreshetException(
                ErrorCode.INVALID_PASSWORD,
                "password authentication failed for user \"" + user + "\"");
    }
}
