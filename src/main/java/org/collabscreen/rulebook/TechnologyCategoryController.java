package org.collabscreen.rulebook;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.collabscreen.rulebook.RuleRequests.TechnologyCategoryRequest;
import org.collabscreen.rulebook.RulebookResponses.TechnologyCategoryEntry;
import org.collabscreen.web.InvalidFieldException;
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
@RequestMapping(path = "/api/v1/rulebook/technology-categories", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing")
class TechnologyCategoryController {

    private static final RuleKind KIND = RuleKind.TECHNOLOGY_CATEGORY;

    private final RuleEditor editor;
    private final RuleReferences references;

    TechnologyCategoryController(RuleEditor editor, RuleReferences references) {
        this.editor = editor;
        this.references = references;
    }

    @GetMapping("/{code}")
    @Operation(summary = "One technology category, retired or not, with its ETag")
    ResponseEntity<TechnologyCategoryEntry> get(@PathVariable @Size(max = 64) String code) {
        return respond(HttpStatus.OK, editor.get(KIND, code, TechnologyCategoryRule.class));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a technology category with its keywords")
    ResponseEntity<TechnologyCategoryEntry> create(@Valid @RequestBody TechnologyCategoryRequest request) {
        if (request.code() == null) {
            throw new InvalidFieldException("code", "must not be null");
        }
        TechnologyCategoryRule rule = references.category(request.code(), request);
        ResponseEntity<TechnologyCategoryEntry> created = respond(HttpStatus.CREATED,
                editor.create(KIND, rule.code(), rule.code(), rule));
        return ResponseEntity.created(URI.create("/api/v1/rulebook/technology-categories/" + rule.code()))
                .headers(created.getHeaders()).body(created.getBody());
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a technology category", description = "Requires If-Match with the ETag you read.")
    ResponseEntity<TechnologyCategoryEntry> replace(@PathVariable @Size(max = 64) String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TechnologyCategoryRequest request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw new InvalidFieldException("code", "must match the code in the path, or be left out");
        }
        TechnologyCategoryRule rule = references.category(code, request);
        return respond(HttpStatus.OK, editor.replace(KIND, code, ifMatch, code, rule));
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Retire a technology category", description = "It no longer matches; it stays readable. Requires If-Match.")
    ResponseEntity<TechnologyCategoryEntry> retire(@PathVariable @Size(max = 64) String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(HttpStatus.OK, editor.retire(KIND, code, ifMatch, TechnologyCategoryRule.class));
    }

    private static ResponseEntity<TechnologyCategoryEntry> respond(HttpStatus status,
                                                                   StoredRule<TechnologyCategoryRule> stored) {
        return EntityTags.tagged(status, stored, TechnologyCategoryEntry.of(stored.rule(), stored.retired()));
    }
}
