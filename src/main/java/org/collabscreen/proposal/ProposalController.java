package org.collabscreen.proposal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.collabscreen.screening.UnknownRevisionException;
import org.collabscreen.security.Viewer;
import org.collabscreen.security.Viewers;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.CountryCode;
import org.collabscreen.web.InvalidFieldException;
import org.collabscreen.web.PageCursor;
import org.collabscreen.web.PageResponse;
import org.collabscreen.web.PlainText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Proposals", description = "Submit proposed collaborations, read their screenings and history")
class ProposalController {

    private final ProposalService proposals;
    private final Viewers viewers;
    private final IdempotencyKeys idempotency;
    private final GroupedProposalWrites groupedWrites;
    private final BatchPacing pacing;

    ProposalController(
            ProposalService proposals,
            GroupedProposalWrites groupedWrites,
            Viewers viewers,
            IdempotencyKeys idempotency,
            BatchPacing pacing) {
        this.groupedWrites = groupedWrites;
        this.pacing = pacing;
        this.proposals = proposals;
        this.viewers = viewers;
        this.idempotency = idempotency;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Submit and screen a proposal",
            description = "Stores the proposal, screens it against the current rulebook and returns both.")
    @ApiResponse(responseCode = "201", description = "Stored and screened; Location names the proposal")
    ResponseEntity<ProposalResponse> submit(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            examples = {
                                                @ExampleObject(
                                                        name = "Funder verdicts: dated affiliations and programmes",
                                                        value = ProposalExamples.VERDICTS),
                                                @ExampleObject(
                                                        name = "Chinese Academy of Sciences, flexible electronics",
                                                        value = ProposalExamples.CAS),
                                                @ExampleObject(
                                                        name = "Declared talent programme",
                                                        value = ProposalExamples.SEVILLA),
                                                @ExampleObject(
                                                        name = "Nothing of concern",
                                                        value = ProposalExamples.CAMBRIDGE)
                                            }))
                    @Valid
                    @RequestBody
                    ProposalRequest request,
            @Parameter(description = "Retrying with the same key and body within 24 hours returns the first response")
                    @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
                    String idempotencyKey) {
        Viewer submitter = viewers.current();
        IdempotencyKeys.Outcome<ProposalResponse> created = pacing.single(() -> {
            ScreenedProposal screened = proposals.screen(request, submitter);
            return idempotency.execute(
                    submitter.client(),
                    idempotencyKey,
                    () -> idempotency.fingerprintOf("POST /api/v1/proposals", request),
                    ProposalResponse.class,
                    idempotencyKey == null ? () -> groupedWrites.store(screened) : () -> proposals.store(screened));
        });
        ResponseEntity.BodyBuilder response = ResponseEntity.created(
                URI.create("/api/v1/proposals/" + created.response().id()));
        if (created.replayed()) {
            response.header(IdempotencyKeys.REPLAYED_HEADER, "true");
        }
        return response.body(created.response());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A proposal with its latest screening")
    ProposalResponse get(@PathVariable UUID id) {
        return proposals.get(id, viewers.current());
    }

    @GetMapping
    @Operation(
            summary = "List proposals, newest first",
            description = "All filters are optional and combine with AND. Page through the list by following "
                    + "`nextCursor` (pass it as `cursor`, with the same filters); `page` still works up to page × size "
                    + "= 10000. `totalItems` is counted up to 10000 and estimated beyond, as `totalKind` says.")
    PageResponse<ProposalResponse> list(
            @Parameter(description = "Latest overall risk") @RequestParam(required = false) RiskLevel overallRisk,
            @Parameter(description = "Partner country, ISO 3166-1 alpha-2") @RequestParam(required = false) @CountryCode
                    String country,
            @Parameter(description = "The caller's own reference, exact")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    @PlainText
                    String reference,
            @Parameter(description = "Text contained in institution, technology area, title or reference")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    @PlainText
                    String q,
            @Parameter(description = "Created at or after (RFC 3339)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant from,
            @Parameter(description = "Created before (RFC 3339)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant to,
            @Parameter(description = "The nextCursor of the previous page; when given, page is ignored")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    String cursor,
            @Parameter(description = "Page number from 0, while page × size is at most 10000")
                    @RequestParam(defaultValue = "0")
                    @Min(0)
                    @Max(100_000)
                    int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return proposals.list(
                new ProposalFilter(overallRisk, country, reference, q, from, to),
                viewers.current(),
                cursor == null ? null : PageCursor.parse("cursor", cursor),
                page,
                size);
    }

    @PostMapping("/{id}/screenings")
    @Operation(
            summary = "Screen a stored proposal again against the current rulebook, or a past revision of it",
            description = "Adds a new screening; earlier ones stay in the history. With `asOfRevision` the rulebook "
                    + "is rebuilt as it stood at that revision, so an earlier screening can be reproduced exactly; such a "
                    + "reproduction (`reproduction: true`) joins the history but never becomes the proposal's latest "
                    + "screening, so it changes neither its risk nor notifies webhooks.")
    @ApiResponse(responseCode = "201", description = "The new screening")
    ResponseEntity<ScreeningResponse> rescreen(
            @PathVariable UUID id,
            @Parameter(description = "Rulebook revision to screen against; default the current one")
                    @RequestParam(required = false)
                    @Min(1)
                    Integer asOfRevision) {
        ScreeningResponse screening =
                asOfRevision == null ? proposals.rescreen(id, viewers.current()) : reproduce(id, asOfRevision);
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + id + "/screenings"))
                .body(screening);
    }

    private ScreeningResponse reproduce(UUID id, int revision) {
        try {
            return proposals.reproduce(id, viewers.current(), revision);
        } catch (UnknownRevisionException e) {
            throw new InvalidFieldException("asOfRevision", e.getMessage());
        }
    }

    @GetMapping("/{id}/screenings")
    @Operation(
            summary = "Every screening of a proposal, newest first",
            description = "At most `limit` screenings (default and maximum 100); header X-Total-Count gives how many "
                    + "exist. When more follow, header Link names the next page (rel=\"next\"), whose `cursor` "
                    + "parameter can also be passed by hand.")
    ResponseEntity<List<ScreeningResponse>> history(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "100") @Min(1) @Max(100) int limit,
            @Parameter(description = "The cursor of the next page, from the previous page's Link header")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    String cursor) {
        ProposalService.History history = proposals.history(
                id, viewers.current(), cursor == null ? null : PageCursor.parse("cursor", cursor), limit);
        ResponseEntity.BodyBuilder response =
                ResponseEntity.ok().header("X-Total-Count", String.valueOf(history.total()));
        if (history.nextCursor() != null) {
            response.header(
                    HttpHeaders.LINK,
                    "</api/v1/proposals/" + id + "/screenings?limit=" + limit + "&cursor=" + history.nextCursor()
                            + ">; rel=\"next\"");
        }
        return response.body(history.screenings());
    }
}
