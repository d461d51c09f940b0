package org.collabscreen.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.collabscreen.web.PageResponse;
import org.collabscreen.web.PlainText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/audit-events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "The append-only, hash-chained record of screenings and rulebook changes")
class AuditController {

    private final AuditEvents events;
    private final ChainVerifier verifier;
    private final AuditCheckpointExport checkpoints;

    AuditController(AuditEvents events, ChainVerifier verifier, AuditCheckpointExport checkpoints) {
        this.events = events;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    @GetMapping
    @Operation(
            summary = "Audit events, newest first",
            description = "All filters are optional and combine with AND. Events not sealed yet are listed too, with"
                    + " sealed=false. Page with `cursor` (the previous page's nextCursor); `page` is then ignored."
                    + " totalItems is exact up to 10,000 matching events, else an estimate (totalKind).")
    PageResponse<AuditEventResponse> list(
            @Parameter(example = "RULE_UPDATED") @RequestParam(required = false) @Size(max = 100) @PlainText
                    String action,
            @Parameter(example = "INSTITUTION") @RequestParam(required = false) @Size(max = 100) @PlainText
                    String subjectType,
            @RequestParam(required = false) @Size(max = 200) @PlainText String subjectId,
            @RequestParam(required = false) @Size(max = 200) @PlainText String actor,
            @Parameter(description = "At or after (RFC 3339)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant from,
            @Parameter(description = "Before (RFC 3339)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant to,
            @Parameter(description = "The nextCursor of the previous page; when given, page is ignored")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String cursor,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return events.list(new AuditFilter(action, subjectType, subjectId, actor, from, to), cursor, page, size);
    }

    @GetMapping("/verification")
    @Operation(
            summary = "Recompute the hash chain and report whether it is intact",
            description = "By default from the newest signed checkpoint (incremental); full=true recomputes every"
                    + " sealed event, streamed. Reports how many events are not sealed yet.")
    ChainVerification verification(
            @Parameter(description = "Recompute from the first event instead of the newest checkpoint")
                    @RequestParam(defaultValue = "false")
                    boolean full) {
        return verifier.verify(full);
    }

    @GetMapping("/checkpoint")
    @Operation(
            summary = "A signed checkpoint of the verified head, to keep outside the database",
            description = "Verifies the chain incrementally first; a chain that does not verify gets 409 and no"
                    + " checkpoint.")
    AuditCheckpointResponse checkpoint() {
        return checkpoints.export();
    }
}
