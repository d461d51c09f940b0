package org.collabscreen.proposal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.collabscreen.security.RequestAllowance;
import org.collabscreen.security.Viewer;
import org.collabscreen.security.Viewers;
import org.collabscreen.web.InvalidFieldException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Batch", description = "Screen many proposals in one request, as JSON or CSV")
class ProposalBatchController {

    static final String HIGHEST_RISK_HEADER = "X-CollabScreen-Highest-Risk";

    private final BatchRequestReader reader;
    private final BatchItems items;
    private final ProposalBatchService batches;
    private final IdempotencyKeys idempotency;
    private final Viewers viewers;
    private final RequestAllowance allowance;
    private final JsonMapper json;

    ProposalBatchController(
            BatchRequestReader reader,
            BatchItems items,
            ProposalBatchService batches,
            IdempotencyKeys idempotency,
            Viewers viewers,
            RequestAllowance allowance,
            JsonMapper json) {
        this.json = json;
        this.viewers = viewers;
        this.allowance = allowance;
        this.reader = reader;
        this.items = items;
        this.batches = batches;
        this.idempotency = idempotency;
    }

    @PostMapping(
            path = "/api/v1/proposals/batch",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"},
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = BatchExamples.BatchRequest.class),
                        examples = @ExampleObject(name = "Two proposals, one invalid", value = BatchExamples.JSON)),
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "CSV with a header row", value = BatchExamples.CSV))
            })
    @ApiResponse(
            responseCode = "200",
            description = "One result per proposal, in order, and a summary",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = BatchResponse.class)),
                @Content(mediaType = "text/csv")
            })
    @Operation(
            summary = "Submit and screen many proposals at once",
            description =
                    "JSON {\"proposals\": [...]} or CSV with a header row. Each proposal gets its own result: 201 "
                            + "with the screened proposal, or 400 with the problem the single POST would give. "
                            + "Header X-CollabScreen-Highest-Risk carries the highest overall risk (NONE if nothing was screened).")
    void submit(
            @RequestBody(required = false) byte[] body,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @Parameter(description = "Retrying with the same key and body replays the first response")
                    @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
                    String idempotencyKey,
            HttpServletResponse response)
            throws IOException {
        Charset charset = contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
        String text = body == null ? "" : decode(body, charset);
        Viewer submitter = viewers.current();
        boolean csv = wantsCsv(accept);
        // The JSON is also what an Idempotency-Key keeps, so it is written whenever there is a key.
        try (BatchAnswer answer = new BatchAnswer(json, !csv || idempotencyKey != null, csv);
                ProposalBatchService.ScreenedBatch screened = screen(text, contentType, submitter, answer)) {
            IdempotencyKeys.Outcome<BatchAnswer> outcome = idempotency.execute(
                    submitter.client(),
                    idempotencyKey,
                    () -> IdempotencyKeys.fingerprint(
                            "POST /api/v1/proposals/batch",
                            contentType.getType() + "/" + contentType.getSubtype(),
                            text),
                    () -> batches.store(screened),
                    BatchAnswer::jsonText,
                    stored -> BatchAnswer.of(json.readValue(stored, BatchResponse.class), json, csv));
            try (BatchAnswer given = outcome.response()) {
                write(given, outcome.replayed(), csv, response);
            }
        }
    }

    /**
     * The answer, written straight from its bytes rather than through a message converter that would need it whole as
     * objects. The highest-risk header is set only here, on success: an error response must not tell a CI gate "NONE".
     */
    private static void write(BatchAnswer answer, boolean replayed, boolean csv, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader(HIGHEST_RISK_HEADER, answer.highestRiskHeader());
        if (replayed) {
            response.setHeader(IdempotencyKeys.REPLAYED_HEADER, "true");
        }
        if (csv) {
            byte[] text = answer.csv().getBytes(StandardCharsets.UTF_8);
            response.setContentType(new MediaType(CsvProposals.MEDIA_TYPE, StandardCharsets.UTF_8).toString());
            response.setContentLength(text.length);
            response.getOutputStream().write(text);
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setContentLengthLong(answer.jsonLength());
            answer.writeJson(response.getOutputStream());
        }
    }

    /**
     * Each item costs the key a token of its rate limit, charged before any item is screened; the items are screened
     * before the write transaction begins.
     */
    private ProposalBatchService.ScreenedBatch screen(
            String body, MediaType contentType, Viewer submitter, BatchAnswer answer) {
        List<BatchItems.Item> read = items.read(reader.read(body, contentType));
        allowance.charge(read.size());
        return batches.screen(read, submitter, answer);
    }

    /** The body as text; bytes that are not valid in its charset are refused rather than replaced, so no name is garbled. */
    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFieldException(
                    "body",
                    "is not valid " + charset.name() + " text; send UTF-8 or name the file's charset in Content-Type");
        }
    }

    /** CSV when the client's most preferred type that we can produce is text/csv (or text/*); JSON otherwise. */
    private static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(accept).stream()
                .sorted((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()))
                .toList();
        for (MediaType type : accepted) {
            if (type.includes(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
            if (type.includes(CsvProposals.MEDIA_TYPE) && !type.isWildcardType()) {
                return true;
            }
            if (type.isWildcardType()) {
                return false;
            }
        }
        return false;
    }
}
