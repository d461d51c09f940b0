package org.collabscreen.proposal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.collabscreen.proposal.BatchResponse.BatchResult;
import org.collabscreen.proposal.BatchResponse.BatchSummary;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a batch call, written result by result as the items are screened, so that no item's objects outlive
 * its own screening: the results as JSON (exactly Jackson's form of {@link BatchResponse}) kept in a {@link SpillFile},
 * and, when the client asked for CSV, each result's few CSV cells; the summary is counted as they come.
 */
final class BatchAnswer implements Closeable {

    private static final byte[] RESULTS_START = "{\"results\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SUMMARY_START = "],\"summary\":".getBytes(StandardCharsets.UTF_8);

    private final JsonMapper json;
    private final ObjectWriter resultWriter;
    private final SpillFile results;
    private final List<BatchCsvWriter.Row> csvRows;
    private final BatchResponse.Tally tally = new BatchResponse.Tally();
    private BatchSummary summary;
    private byte[] summaryJson;

    /** With {@code keepJson} false the answer can only be CSV, for a client that asked for CSV and keeps no key. */
    BatchAnswer(JsonMapper json, boolean keepJson, boolean keepCsv) {
        this.json = json;
        this.resultWriter = json.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
        this.results = keepJson ? new SpillFile("collabscreen-batch-answer-") : null;
        this.csvRows = keepCsv ? new ArrayList<>() : null;
    }

    /** The answer to a call already answered once, for a replay. */
    static BatchAnswer of(BatchResponse response, JsonMapper json, boolean keepCsv) {
        BatchAnswer answer = new BatchAnswer(json, true, keepCsv);
        response.results().forEach(answer::add);
        return answer;
    }

    void add(BatchResult result) {
        if (summary != null) {
            throw new IllegalStateException("The batch's answer is complete");
        }
        if (results != null) {
            OutputStream out = results.output();
            try {
                if (tally.total() > 0) {
                    out.write(',');
                }
                resultWriter.writeValue(out, result);
            } catch (IOException | JacksonIOException e) {
                throw SpillFile.unavailable(e);
            }
        }
        tally.add(result);
        if (csvRows != null) {
            csvRows.add(BatchCsvWriter.Row.of(result));
        }
    }

    /** The value of header {@code X-CollabScreen-Highest-Risk}. */
    String highestRiskHeader() {
        return summary().highestRiskHeader();
    }

    BatchSummary summary() {
        if (summary == null) {
            summary = tally.summary();
            summaryJson = json.writeValueAsBytes(summary);
        }
        return summary;
    }

    long jsonLength() {
        summary();
        return RESULTS_START.length + results.size() + SUMMARY_START.length + summaryJson.length + 1;
    }

    void writeJson(OutputStream out) throws IOException {
        summary();
        out.write(RESULTS_START);
        try (InputStream written = results.input()) {
            written.transferTo(out);
        }
        out.write(SUMMARY_START);
        out.write(summaryJson);
        out.write('}');
    }

    /** The JSON as text, as an idempotency key keeps it. */
    String jsonText() {
        ByteArrayOutputStream whole = new ByteArrayOutputStream((int) jsonLength());
        try {
            writeJson(whole);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return whole.toString(StandardCharsets.UTF_8);
    }

    String csv() {
        summary();
        return BatchCsvWriter.write(csvRows);
    }

    @Override
    public void close() {
        if (results != null) {
            results.close();
        }
    }
}
