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

    AuditController(AuditEvents events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Audit events, newest first", description = "All filters are optional and combine with AND.")
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
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return events.list(new AuditFilter(action, subjectType, subjectId, actor, from, to), page, size);
    }

    @GetMapping("/verification")
    @Operation(summary = "Recompute the hash chain and report whether it is intact")
    ChainVerification verification() {
        return events.verify();
    }
}
