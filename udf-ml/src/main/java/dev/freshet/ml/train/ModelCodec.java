package dev.freshet.ml.train;

import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * The model file format, binary and text.
 *
 * <p><b>Binary</b> (big-endian, primitives as in {@link ModelOutput}):
 *
 * <pre>
 * offset  size  field
 * 0       4     magic "FSML" (0x46 0x53 0x4D 0x4C)
 * 4       2     format version (currently 1)
 * 6       n     algorithm SQL name (string: int length + UTF-8)
 * ...           body: options (count, then key/value strings, sorted by key), encoder (schema,
 *               parameters, Welford statistics), labels (tagged values), rows, updates,
 *               classification metrics, regression metrics, drift detector (kind byte + state),
 *               detections, the last drift events (count, then row + kind), the algorithm's state ({@code Model.write}),
 *               optional background model
 * end-4   4     CRC-32 of all preceding bytes
 * </pre>
 *
 * Everything that influences later behaviour is in the body (random generators included), doubles
 * are stored as raw bits, and maps are written in a defined order, so {@code write(read(b))} equals
 * {@code b} and the read model predicts and learns exactly as the written one.
 *
 * <p><b>Text</b>: one header line {@code FRESHET-MODEL <format version> <algorithm>}, then the
 * binary form in base64 (MIME line breaks). Import checks that the header agrees with the binary.
 *
 * <p>Errors: bad binary input fails with {@link ErrorCode#INVALID_BINARY_REPRESENTATION}, bad text
 * with {@link ErrorCode#INVALID_TEXT_REPRESENTATION}; a newer format version is refused with a
 * clear message.
 */
public final class ModelCodec {
    /** The format version this code writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private static final byte[] MAGIC = {'F', 'S', 'M', 'L'};
    private static final String TEXT_HEADER = "FRESHET-MODEL";

    private ModelCodec() {}

    /** Serializes {@code model}. */
    public static byte[] write(OnlineModel model) {
        ModelOutput out = new ModelOutput(1024);
        out.writeRaw(MAGIC);
        out.writeByte(FORMAT_VERSION >>> 8);
        out.writeByte(FORMAT_VERSION);
        out.writeString(model.algorithm().sqlName());
        model.writeBody(out);
        byte[] body = out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        out.writeInt((int) crc.getValue());
        return out.toByteArray();
    }

    /** Reads a model written by {@link #write}. */
    public static OnlineModel read(byte[] bytes) {
        if (bytes.length < 10) {
            throw ModelInput.corrupt("too short");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw ModelInput.corrupt("not a Freshet model (bad magic)");
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        ModelInput tail = new ModelInput(bytes, bytes.length - 4, 4);
        if (tail.readInt() != (int) crc.getValue()) {
            throw ModelInput.corrupt("checksum mismatch");
        }
        ModelInput in = new ModelInput(bytes, 4, bytes.length - 8);
        int version = (in.readByte() << 8) | in.readByte();
        if (version < 1 || version > FORMAT_VERSION) {
            throw new FreshetException(
                    ErrorCode.INVALID_BINARY_REPRESENTATION,
                    "model format version "
                            + version
                            + " is not supported (this version reads 1 to "
                            + FORMAT_VERSION
                            + ")");
        }
        String name = in.readString();
        Algorithm algorithm;
        try {
            algorithm = Algorithm.of(name);
        } catch (FreshetException e) {
            throw ModelInput.corrupt("unknown algorithm " + name);
        }
        OnlineModel m = OnlineModel.readBody(algorithm, in);
        in.expectEnd();
        return m;
    }

    /** The text form: a header line and base64. */
    public static String export(OnlineModel model) {
        return exportBytes(write(model), model.algorithm().sqlName());
    }

    /** The text form of bytes written by {@link #write} for a model of {@code algorithm}. */
    public static String exportBytes(byte[] bytes, String algorithm) {
        String b64 = Base64.getMimeEncoder().encodeToString(bytes);
        return TEXT_HEADER + " " + FORMAT_VERSION + " " + algorithm + "\n" + b64 + "\n";
    }

    /** Reads the text form written by {@link #export}. */
    public static OnlineModel importText(String text) {
        int nl = text.indexOf('\n');
        String header = (nl < 0 ? text : text.substring(0, nl)).trim();
        String[] parts = header.split(" ");
        if (parts.length != 3 || !parts[0].equals(TEXT_HEADER)) {
            throw new FreshetException(
                    ErrorCode.INVALID_TEXT_REPRESENTATION,
                    "not a Freshet model export (expected a \"" + TEXT_HEADER + "\" header)");
        }
        byte[] bytes;
        try {
            bytes =
                    Base64.getMimeDecoder()
                            .decode(text.substring(nl + 1).getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new FreshetException(
                    ErrorCode.INVALID_TEXT_REPRESENTATION, "bad base64 in model export", e);
        }
        OnlineModel m;
        try {
            m = read(bytes);
        } catch (FreshetException e) {
            if (e.code() != ErrorCode.INVALID_BINARY_REPRESENTATION) {
                throw e;
            }
            throw new FreshetException(
                    ErrorCode.INVALID_TEXT_REPRESENTATION,
                    "damaged model export: " + e.getMessage(),
                    e);
        }
        if (!parts[1].equals(Integer.toString((bytes[4] << 8) | (bytes[5] & 0xFF)))
                || !parts[2].equals(m.algorithm().sqlName())) {
            throw new FreshetException(
                    ErrorCode.INVALID_TEXT_REPRESENTATION,
                    "model export header \"" + header + "\" does not match its contents");
        }
        return m;
    }
}
