package org.collabscreen.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.collabscreen.framework.FrameworkCode;
import org.collabscreen.proposal.BatchResponse.BatchResult;
import org.collabscreen.screening.DispositionsApplied.ScoreBeforeDispositions;
import org.collabscreen.screening.RiskScore;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.FieldError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch's answer, written result by result, is the same JSON and CSV as the whole response written at once. */
class BatchAnswerTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private final List<BatchResult> results = List.of(
            BatchResult.created(0, proposal("GP-1", RiskLevel.HIGH)),
            BatchResult.rejected(1, List.of(new FieldError("proposals[1].country", "must be a country code"))),
            BatchResult.created(2, proposal("GP-3, \"quoted\"", RiskLevel.CRITICAL)),
            BatchResult.created(3, proposal("=1+2", RiskLevel.LOW)));

    @Test
    void writesTheSameJsonAsTheWholeResponse() throws IOException {
        try (BatchAnswer answer = new BatchAnswer(json, true, false)) {
            results.forEach(answer::add);

            ByteArrayOutputStream written = new ByteArrayOutputStream();
            answer.writeJson(written);

            String whole = json.writeValueAsString(BatchResponse.of(results));
            assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(whole);
            assertThat(answer.jsonLength()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8).length);
            assertThat(answer.jsonText()).isEqualTo(whole);
            assertThat(answer.highestRiskHeader()).isEqualTo("CRITICAL");
            assertThat(answer.summary().failed()).isEqualTo(1);
        }
    }

    @Test
    void writesTheSameCsvAsTheWholeResponseWithoutKeepingJson() {
        try (BatchAnswer answer = new BatchAnswer(json, false, true)) {
            results.forEach(answer::add);

            String csv = answer.csv();

            assertThat(csv.lines()).hasSize(5);
            assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", BatchCsvWriter.COLUMNS));
            assertThat(csv).contains("\"GP-3, \"\"quoted\"\"\"").contains("'=1+2");
            assertThat(csv.lines().skip(2).findFirst().orElseThrow())
                    .startsWith("1,400,,,,,,,proposals[1].country must be a country code");
        }
    }

    @Test
    void answersNoneWhenNothingWasScreened() throws IOException {
        try (BatchAnswer answer = new BatchAnswer(json, true, false)) {
            answer.add(results.get(1));

            ByteArrayOutputStream written = new ByteArrayOutputStream();
            answer.writeJson(written);

            assertThat(answer.highestRiskHeader()).isEqualTo("NONE");
            assertThat(written.toString(StandardCharsets.UTF_8))
                    .isEqualTo(json.writeValueAsString(BatchResponse.of(List.of(results.get(1)))));
        }
    }

    @Test
    void replaysAStoredResponseAsItWasWritten() throws IOException {
        String stored = json.writeValueAsString(BatchResponse.of(results));
        try (BatchAnswer replayed = BatchAnswer.of(json.readValue(stored, BatchResponse.class), json, false)) {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            replayed.writeJson(written);

            assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(stored);
        }
    }

    private static ProposalResponse proposal(String reference, RiskLevel risk) {
        RiskScore score = new RiskScore(50, risk);
        ScreeningResponse screening = new ScreeningResponse(
                UUID.randomUUID(),
                Instant.parse("2026-12-01T10:00:00.123456Z"),
                3,
                risk,
                score,
                new RiskScore(0, RiskLevel.LOW),
                List.of(),
                List.of("Ask for the partner's export-control plan"),
                null,
                false,
                new ScoreBeforeDispositions(risk, score, new RiskScore(0, RiskLevel.LOW)),
                List.of(),
                List.of(),
                List.of());
        return new ProposalResponse(
                UUID.randomUUID(),
                Instant.parse("2026-12-01T10:00:00.123Z"),
                "default",
                reference,
                "Beihang University",
                "CN",
                "Hypersonic propulsion",
                "Títol — ünïcode 北京",
                null,
                List.of(),
                List.of(),
                List.of(FrameworkCode.values()[0]),
                LocalDate.parse("2026-12-01"),
                null,
                null,
                null,
                null,
                screening,
                null);
    }
}
