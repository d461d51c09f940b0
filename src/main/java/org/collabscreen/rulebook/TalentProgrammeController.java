package org.collabscreen.rulebook;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.collabscreen.rulebook.RuleRequests.TalentProgrammeRequest;
import org.collabscreen.rulebook.RulebookResponses.TalentProgrammeEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/rulebook/talent-programmes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing")
class TalentProgrammeController {

    private static final RuleKind KIND = RuleKind.TALENT_PROGRAMME;

    private final RuleEditor editor;
    private final RuleReferences references;

    TalentProgrammeController(RuleEditor editor, RuleReferences references) {
        this.editor = editor;
        this.references = references;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One talent programme, retired or not, with its ETag")
    ResponseEntity<TalentProgrammeEntry> get(@PathVariable UUID id) {
        return respond(HttpStatus.OK, editor.get(KIND, id.toString(), TalentProgrammeRule.class));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a talent programme")
    ResponseEntity<TalentProgrammeEntry> create(@Valid @RequestBody TalentProgrammeRequest request) {
        UUID id = UUID.randomUUID();
        TalentProgrammeRule rule = references.programme(id, request);
        ResponseEntity<TalentProgrammeEntry> created = respond(HttpStatus.CREATED,
                editor.create(KIND, id.toString(), rule.code(), rule));
        return ResponseEntity.created(URI.create("/api/v1/rulebook/talent-programmes/" + id))
                .headers(created.getHeaders()).body(created.getBody());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a talent programme", description = "Requires If-Match with the ETag you read.")
    ResponseEntity<TalentProgrammeEntry> replace(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TalentProgrammeRequest request) {
        TalentProgrammeRule rule = references.programme(id, request);
        return respond(HttpStatus.OK, editor.replace(KIND, id.toString(), ifMatch, rule.code(), rule));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Retire a talent programme", description = "It no longer matches; it stays readable. Requires If-Match.")
    ResponseEntity<TalentProgrammeEntry> retire(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(HttpStatus.OK, editor.retire(KIND, id.toString(), ifMatch, TalentProgrammeRule.class));
    }

    private static ResponseEntity<TalentProgrammeEntry> respond(HttpStatus status, StoredRule<TalentProgrammeRule> stored) {
        return EntityTags.tagged(status, stored, TalentProgrammeEntry.of(stored.rule(), stored.retired()));
    }
}
