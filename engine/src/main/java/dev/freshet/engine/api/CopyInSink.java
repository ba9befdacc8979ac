package dev.freshet.engine.api;

/**
 * Where the data of {@code COPY ... FROM STDIN} goes: the wire layer hands over the bytes of each
 * CopyData message as they arrive (rows may be split across messages anywhere), then either {@link
 * #finish()} at CopyDone or {@link #abort()} at CopyFail or when the connection goes.
 *
 * <p>Nothing is visible to anyone until {@link #finish()} commits, and then everything is (one
 * epoch). A bad row fails {@link #write} or {@link #finish()} with a {@link
 * dev.freshet.sql.error.FreshetException} whose context names the line, and nothing of the COPY is
 * applied. Used by one thread.
 */
public interface CopyInSink {
    /** Takes the next bytes of the data stream; parses every complete row in them. */
    void write(byte[] data, int offset, int length);

    /** The data ended: parses what is left and commits every row; returns the tag, "COPY n". */
    String finish();

    /** The copy failed or was abandoned: drops everything; idempotent. */
    void abort();
}
