package org.collabscreen.rulebook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.collabscreen.rulebook.RevisionResponses.RevisionDetail;
import org.collabscreen.rulebook.RevisionResponses.RevisionEntry;
import org.collabscreen.web.NotFoundException;
import org.collabscreen.web.PageResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/rulebook/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Revisions", description = "Every change to the rulebook, who made it, and what it changed")
class RevisionController {

    private final RevisionHistory history;

    RevisionController(RevisionHistory history) {
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Revisions, newest first")
    PageResponse<RevisionEntry> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return history.list(page, size);
    }

    @GetMapping("/{revision}")
    @Operation(
            summary = "One revision with what it changed",
            description =
                    "Each changed rule with its kind, key, change (ADDED, CHANGED, RETIRED, RESTORED), before and after; paged.")
    RevisionDetail detail(
            @PathVariable @Min(1) int revision,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return history.detail(revision, page, size).orElseThrow(() -> new NotFoundException("Revision", revision));
    }
}
