package org.collabscreen.rulebook;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.collabscreen.rulebook.RuleRequests.InstitutionRequest;
import org.collabscreen.rulebook.RulebookResponses.InstitutionEntry;
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
@RequestMapping(path = "/api/v1/rulebook/institutions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing", description = "Create, replace and retire rules; each change is one revision")
class InstitutionController {

    private static final RuleKind KIND = RuleKind.INSTITUTION;

    private final RuleEditor editor;
    private final RuleReferences references;

    InstitutionController(RuleEditor editor, RuleReferences references) {
        this.editor = editor;
        this.references = references;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One institution, retired or not, with its ETag")
    ResponseEntity<InstitutionEntry> get(@PathVariable UUID id) {
        return respond(HttpStatus.OK, editor.get(KIND, id.toString(), InstitutionRule.class));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an institution")
    ResponseEntity<InstitutionEntry> create(@Valid @RequestBody InstitutionRequest request) {
        UUID id = UUID.randomUUID();
        InstitutionRule rule = references.institution(id, request);
        ResponseEntity<InstitutionEntry> created = respond(HttpStatus.CREATED,
                editor.create(KIND, id.toString(), rule.name(), rule));
        return ResponseEntity.created(URI.create("/api/v1/rulebook/institutions/" + id))
                .headers(created.getHeaders()).body(created.getBody());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace an institution", description = "Requires If-Match with the ETag you read.")
    ResponseEntity<InstitutionEntry> replace(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody InstitutionRequest request) {
        InstitutionRule rule = references.institution(id, request);
        return respond(HttpStatus.OK, editor.replace(KIND, id.toString(), ifMatch, rule.name(), rule));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Retire an institution", description = "It no longer matches; it stays readable. Requires If-Match.")
    ResponseEntity<InstitutionEntry> retire(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(HttpStatus.OK, editor.retire(KIND, id.toString(), ifMatch, InstitutionRule.class));
    }

    private static ResponseEntity<InstitutionEntry> respond(HttpStatus status, StoredRule<InstitutionRule> stored) {
        return EntityTags.tagged(status, stored, InstitutionEntry.of(stored.rule(), stored.retired()));
    }
}
