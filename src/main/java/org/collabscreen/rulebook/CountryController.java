package org.collabscreen.rulebook;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.collabscreen.web.CountryCode;
import org.collabscreen.rulebook.RuleRequests.CountryRequest;
import org.collabscreen.rulebook.RulebookResponses.CountryEntry;
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
@RequestMapping(path = "/api/v1/rulebook/countries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing")
class CountryController {

    private static final RuleKind KIND = RuleKind.COUNTRY;

    private final RuleEditor editor;

    CountryController(RuleEditor editor) {
        this.editor = editor;
    }

    @GetMapping("/{code}")
    @Operation(summary = "One country of concern, retired or not, with its ETag")
    ResponseEntity<CountryEntry> get(@PathVariable @CountryCode String code) {
        return respond(HttpStatus.OK, editor.get(KIND, code, CountryRule.class));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Designate a country of concern")
    ResponseEntity<CountryEntry> create(@Valid @RequestBody CountryRequest request) {
        if (request.code() == null) {
            throw new InvalidFieldException("code", "must not be null");
        }
        CountryRule rule = request.toRule(request.code());
        ResponseEntity<CountryEntry> created = respond(HttpStatus.CREATED,
                editor.create(KIND, rule.code(), rule.code(), rule));
        return ResponseEntity.created(URI.create("/api/v1/rulebook/countries/" + rule.code()))
                .headers(created.getHeaders()).body(created.getBody());
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a country of concern", description = "Requires If-Match with the ETag you read.")
    ResponseEntity<CountryEntry> replace(@PathVariable @CountryCode String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CountryRequest request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw new InvalidFieldException("code", "must match the code in the path, or be left out");
        }
        CountryRule rule = request.toRule(code);
        return respond(HttpStatus.OK, editor.replace(KIND, code, ifMatch, code, rule));
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Retire a country of concern", description = "It is no longer of concern; it stays readable. Requires If-Match.")
    ResponseEntity<CountryEntry> retire(@PathVariable @CountryCode String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(HttpStatus.OK, editor.retire(KIND, code, ifMatch, CountryRule.class));
    }

    private static ResponseEntity<CountryEntry> respond(HttpStatus status,
                                                                   StoredRule<CountryRule> stored) {
        return EntityTags.tagged(status, stored, CountryEntry.of(stored.rule(), stored.retired()));
    }
}
