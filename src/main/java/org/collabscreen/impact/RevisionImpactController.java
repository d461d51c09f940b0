package org.collabscreen.impact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.collabscreen.security.Viewers;
import org.collabscreen.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/rulebook/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Revisions")
class RevisionImpactController {

    private final ImpactJobs jobs;
    private final Viewers viewers;

    RevisionImpactController(ImpactJobs jobs, Viewers viewers) {
        this.jobs = jobs;
        this.viewers = viewers;
    }

    @GetMapping("/{revision}/impact")
    @Operation(
            summary = "Stored proposals whose overall risk the revision changed",
            description =
                    "Filled in the background after the revision; `status` is DONE once every proposal was checked. "
                            + "A SCREENER sees only its own client's proposals in `changed`.")
    ImpactResponse impact(
            @PathVariable @Min(1) int revision,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return jobs.impact(revision, viewers.current(), page, size)
                .orElseThrow(() -> new NotFoundException("Change impact of revision", revision));
    }
}
