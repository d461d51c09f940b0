package org.collabscreen.casework;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.collabscreen.proposal.CaseStatus;
import org.collabscreen.security.Viewers;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.PageResponse;
import org.collabscreen.web.PlainText;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@EnableConfigurationProperties(ReviewProperties.class)
@Tag(name = "Review", description = "Review cases, dispositions on findings, decisions and their approvals")
class CaseController {

    private final CaseService cases;
    private final Viewers viewers;

    CaseController(CaseService cases, Viewers viewers) {
        this.cases = cases;
        this.viewers = viewers;
    }

    @GetMapping
    @Operation(
            summary = "The review queue, newest risk change first",
            description = "One case per proposal the caller may see. Filters are optional and combine with AND. "
                    + "Page with `cursor`: pass the `nextCursor` of the page before.")
    PageResponse<CaseResponse> queue(
            @RequestParam(required = false) CaseStatus status,
            @Parameter(description = "Latest overall risk") @RequestParam(required = false) RiskLevel overallRisk,
            @Parameter(description = "Assigned reviewer, exact")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    @PlainText
                    String assignee,
            @Parameter(description = "The nextCursor of the previous page")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return cases.queue(new CaseFilter(status, overallRisk, assignee), viewers.current(), cursor, size);
    }

    @PatchMapping(path = "/{proposalId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign a reviewer to a case", description = "An OPEN case becomes IN_REVIEW.")
    CaseResponse assign(@PathVariable UUID proposalId, @Valid @RequestBody AssignmentRequest request) {
        return cases.assign(proposalId, request.assignee(), viewers.current());
    }
}
