package org.collabscreen.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rows of a tab-separated file on the classpath: blank lines and lines starting with {@code #} skipped, every row
 * holding exactly the columns it must, the last one not blank. A missing file or a malformed row stops the process at
 * start, naming the file and the row.
 */
final class TsvResource {

    private TsvResource() {}

    /**
     * @param columns what a row holds, for the message ("a code, a term and its source")
     */
    static List<String[]> rows(String file, int width, String columns) {
        try (InputStream in = TsvResource.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> cells(file, width, columns, line))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] cells(String file, int width, String columns, String line) {
        String[] cells = line.split("\t");
        if (cells.length != width || cells[width - 1].isBlank()) {
            throw new IllegalStateException(file + ": every line needs " + columns + ": " + line);
        }
        return cells;
    }
}
