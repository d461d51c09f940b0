package org.collabscreen.rulebook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/rulebook/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing")
class ImportController {

    private final ListEditionImport imports;

    ImportController(ListEditionImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = "text/csv")
    @Operation(
            summary = "Import a new edition of one public list of institutions",
            description = "CSV with a header row: name, aliases (separated by |), country, list, edition, date, url. "
                    + "With dryRun=true the diff (added, changed, retired) is returned and nothing changes; "
                    + "otherwise it is applied as one revision.")
    @ApiResponse(responseCode = "200", description = "The diff of a dry run, or of an edition that changes nothing")
    @ApiResponse(responseCode = "201", description = "Applied as one revision: the diff and the revision")
    ResponseEntity<ImportResult> importEdition(
            @Parameter(description = "Report the diff without applying it") @RequestParam(defaultValue = "false")
                    boolean dryRun,
            @RequestBody String csv) {
        ImportResult result = imports.run(csv, dryRun);
        return ResponseEntity.status(dryRun || result.revision() == null ? HttpStatus.OK : HttpStatus.CREATED)
                .body(result);
    }
}
