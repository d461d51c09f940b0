package org.collabscreen.proposal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.collabscreen.web.ServiceUnavailableException;

/**
 * Bytes that a batch keeps from the moment an item is screened until the batch is stored and answered, held in a
 * temporary file (the page cache, in practice) rather than on the heap: a thousand items' rows and answers living
 * for a second would be promoted to the old generation and fill it. Deleted when closed.
 */
final class SpillFile implements Closeable {

    private final Path path;
    private final OutputStream out;

    SpillFile(String prefix) {
        this(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }

    SpillFile(Path folder, String prefix) {
        try {
            this.path = Files.createTempFile(folder, prefix, ".tmp");
            this.out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /** What a batch answers when its temporary data cannot be written or read back: a 503 the client may retry. */
    static ServiceUnavailableException unavailable(Exception cause) {
        return new ServiceUnavailableException(
                "The server could not keep this batch's temporary data (its temporary folder, java.io.tmpdir, may"
                        + " be full); nothing of the batch was stored. Retry later.",
                cause);
    }

    /** Where to append; not to be closed by the writer. */
    OutputStream output() {
        return out;
    }

    /** How many bytes were appended. */
    long size() {
        flush();
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /** Everything appended so far, from the start. */
    InputStream input() {
        flush();
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void close() {
        try (out) {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
