package org.collabscreen.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Reads one reference CSV of the rulebook seed from the classpath. */
final class CsvTable {

    static final String FOLDER = "rulebook-seed/";

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private CsvTable() {}

    static List<CsvRow> read(String file) {
        InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("Missing seed file " + FOLDER + file);
        }
        try (Reader reader = new InputStreamReader(in, UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            List<CsvRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = record.toMap();
                rows.add(new CsvRow(file, values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + file, e);
        }
    }
}
