package org.collabscreen.proposal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.collabscreen.screening.PreparedScreening;
import org.collabscreen.vocabulary.RiskLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch's rows read back from their spill file exactly as they were written, nulls and any text included. */
class PreparedRowsTests {

    @Test
    void readsBackEveryRowAsWrittenAndThenNothing() throws IOException {
        PreparedProposal full =
                row("Títol — 北京航空航天大学 \"quoted\" \\ \n line", "{\"kept\":\"" + "x".repeat(70_000) + "\"}", "[]");
        PreparedProposal sparse = row(null, "{}", null);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(written);
        PreparedRows.write(full, out);
        PreparedRows.write(sparse, out);

        PreparedRows.Reader reader = new PreparedRows.Reader(new ByteArrayInputStream(written.toByteArray()));

        assertThat(reader.next()).usingRecursiveComparison().isEqualTo(full);
        assertThat(reader.next()).usingRecursiveComparison().isEqualTo(sparse);
        assertThat(reader.next()).isNull();
    }

    private static PreparedProposal row(String text, String assessment, String dispositions) {
        UUID id = UUID.randomUUID();
        return new PreparedProposal(
                id,
                Instant.parse("2026-12-01T23:59:59.123456Z"),
                "default",
                text,
                "Beihang University",
                "CN",
                "Hypersonic propulsion",
                text,
                text,
                "[{\"name\":\"Researcher\"}]",
                "[]",
                "{\"frameworks\":[]}",
                new PreparedScreening(
                        UUID.randomUUID(),
                        id,
                        Instant.parse("2026-12-01T23:59:59.654321Z"),
                        7,
                        RiskLevel.CRITICAL,
                        75,
                        0,
                        assessment.getBytes(StandardCharsets.UTF_8),
                        dispositions,
                        text == null));
    }
}
