package org.collabscreen.framework;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.web.InvalidFieldException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/frameworks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Frameworks", description = "Funder frameworks: editions, outcome vocabularies, required inputs, sources")
class FrameworkController {

    private final RulebookSnapshots rulebook;
    private final Clock clock = Clock.systemUTC();

    FrameworkController(RulebookSnapshots rulebook) {
        this.rulebook = rulebook;
    }

    @GetMapping
    @Operation(
            summary = "Every framework with its editions, outcome vocabulary, required inputs and sources",
            description = "Frameworks are rulebook content: edit an edition under /api/v1/rulebook/framework-editions."
                    + " With `asOfRevision` the editions are read as the rulebook stood at that revision.")
    FrameworkCatalogue frameworks(
            @Parameter(description = "Rulebook revision to read; default the current one")
                    @RequestParam(required = false)
                    @Min(1)
                    Integer asOfRevision) {
        RulebookSnapshot snapshot = asOfRevision == null
                ? rulebook.current()
                : rulebook.asOf(asOfRevision)
                        .orElseThrow(() -> new InvalidFieldException(
                                "asOfRevision", "Rulebook revision " + asOfRevision + " does not exist"));
        return FrameworkCatalogue.of(snapshot, LocalDate.now(clock));
    }
}
