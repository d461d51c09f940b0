package org.collabscreen.casework;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.collabscreen.casework.DecisionResponse.ConditionResponse;
import org.collabscreen.security.Viewers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/proposals/{id}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Review")
class DecisionController {

    private final DecisionService decisions;
    private final Viewers viewers;

    DecisionController(DecisionService decisions, Viewers viewers) {
        this.decisions = decisions;
        this.viewers = viewers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Decide on the proposal's latest screening",
            description = "409 when `screeningId` is not the latest screening. At a risk level that needs four eyes "
                    + "(default HIGH and CRITICAL) the case waits for a second approval (AWAITING_SECOND_APPROVAL); "
                    + "otherwise it is DECIDED and webhooks get CASE_DECIDED. A new decision supersedes the one "
                    + "before; none is ever deleted. Answers with the decision's ETag.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the decision, ETag is its version")
    @ApiResponse(responseCode = "409", description = "Not the latest screening")
    ResponseEntity<DecisionResponse> decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
        DecisionResponse decision = decisions.decide(id, request, viewers.current());
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + id + "/decisions/" + decision.id()))
                .eTag(decision.etag())
                .body(decision);
    }

    @GetMapping
    @Operation(summary = "Every decision on the proposal, oldest first")
    List<DecisionResponse> list(@PathVariable UUID id) {
        return decisions.list(id, viewers.current());
    }

    @GetMapping("/{decisionId}")
    @Operation(summary = "One decision with its ETag")
    ResponseEntity<DecisionResponse> get(@PathVariable UUID id, @PathVariable UUID decisionId) {
        DecisionResponse decision = decisions.get(id, decisionId, viewers.current());
        return ResponseEntity.ok().eTag(decision.etag()).body(decision);
    }

    @PostMapping("/{decisionId}/approvals")
    @Operation(
            summary = "Approve a decision as the second principal",
            description = "Requires If-Match with the decision's ETag (428 without, 412 when stale). The principal "
                    + "or key that decided cannot approve (403). 409 when the decision needs no approval, is "
                    + "approved already, was superseded, or its screening is no longer the latest. The case becomes "
                    + "DECIDED and webhooks get CASE_DECIDED.")
    @ApiResponse(responseCode = "201", description = "Approved; the decision with its new ETag")
    @ApiResponse(responseCode = "403", description = "The same principal that decided")
    ResponseEntity<DecisionResponse> approve(
            @PathVariable UUID id,
            @PathVariable UUID decisionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DecisionResponse decision = decisions.approve(id, decisionId, ifMatch, viewers.current());
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + id + "/decisions/" + decisionId))
                .eTag(decision.etag())
                .body(decision);
    }

    @PatchMapping(path = "/{decisionId}/conditions/{conditionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Set a condition's status (OPEN, MET, WAIVED)",
            description = "Requires If-Match with the condition's ETag (428 without, 412 when stale); every change "
                    + "is kept in its history.")
    ResponseEntity<ConditionResponse> changeCondition(
            @PathVariable UUID id,
            @PathVariable UUID decisionId,
            @PathVariable UUID conditionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ConditionRequest request) {
        ConditionResponse condition =
                decisions.changeCondition(id, decisionId, conditionId, request, ifMatch, viewers.current());
        return ResponseEntity.ok().eTag(condition.etag()).body(condition);
    }
}
