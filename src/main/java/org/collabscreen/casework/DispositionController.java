package org.collabscreen.casework;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.collabscreen.security.Viewers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/proposals/{id}/dispositions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Review")
class DispositionController {

    private final DispositionService dispositions;
    private final Viewers viewers;

    DispositionController(DispositionService dispositions, Viewers viewers) {
        this.dispositions = dispositions;
        this.viewers = viewers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Judge a finding of the latest screening",
            description = "A FALSE_POSITIVE stops counting toward the score and stays visible with who, when and why; "
                    + "it stays dismissed on later screenings while its rule is unchanged, and comes back flagged "
                    + "(RULE_CHANGED) when the rule changes. The proposal is re-screened at once to apply it "
                    + "(`newScreeningId`). A reason is required; nothing is ever deleted.")
    @ApiResponse(responseCode = "201", description = "Recorded and applied")
    ResponseEntity<DispositionResponse> record(@PathVariable UUID id, @Valid @RequestBody DispositionRequest request) {
        DispositionResponse recorded = dispositions.record(id, request, viewers.current());
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + id + "/dispositions"))
                .body(recorded);
    }

    @GetMapping
    @Operation(summary = "Every disposition recorded on the proposal, oldest first")
    List<DispositionResponse> list(@PathVariable UUID id) {
        return dispositions.list(id, viewers.current());
    }
}
