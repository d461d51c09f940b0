package org.collabscreen.proposal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes that a batch keeps from the moment an item is screened until the batch is stored and answered, held in a
 * temporary file (the page cache, in practice) rather than on the heap: a thousand items' rows and answers living
 * for a second would be promoted to the old generation and fill it. Deleted when closed.
 */
final class SpillFile implements Closeable {

    private final Path path;
    private final OutputStream out;

    SpillFile(String prefix) {
        try {
            this.path = Files.createTempFile(prefix, ".tmp");
            this.out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            throw new UncheckedIOException(e);
        }
    }

    /** Everything appended so far, from the start. */
    InputStream input() {
        flush();
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
