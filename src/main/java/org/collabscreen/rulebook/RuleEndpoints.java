package org.collabscreen.rulebook;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The endpoints every kind of rule has: read one (retired or not) with its ETag, create, and replace or retire
 * with the ETag in {@code If-Match}. Each change is one revision.
 *
 * @param <R> the rule
 * @param <Q> the request body that describes it
 * @param <E> the response body that shows it
 */
abstract class RuleEndpoints<R, Q, E> {

    private final RuleEditor editor;
    private final RuleKind kind;
    private final Class<R> type;
    private final String path;

    RuleEndpoints(RuleEditor editor, RuleKind kind, Class<R> type, String path) {
        this.editor = editor;
        this.kind = kind;
        this.type = type;
        this.path = path;
    }

    /** The key a path names, checked: a malformed one is a 400 naming the field. */
    abstract String key(String fromPath);

    /** The key of a rule about to be created. */
    abstract String newKey(Q request);

    /** The rule a request describes, its references checked. */
    abstract R rule(String key, Q request);

    /** What rules of this kind are listed and summarised by. */
    abstract String sortKey(R rule);

    abstract E entry(R rule, boolean retired);

    @GetMapping("/{key}")
    @Operation(summary = "One rule, retired or not, with its ETag")
    ResponseEntity<E> get(@PathVariable("key") @Size(max = 64) String key) {
        return respond(editor.get(kind, key(key), type));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a rule", description = "Answers 201 with Location and the rule's ETag.")
    @ApiResponse(responseCode = "201", description = "Added; Location names the rule, ETag is its version")
    @ApiResponse(responseCode = "409", description = "A rule with this key already exists")
    ResponseEntity<E> create(@Valid @RequestBody Q request) {
        String key = newKey(request);
        R rule = rule(key, request);
        StoredRule<R> stored = editor.create(kind, key, sortKey(rule), rule);
        return ResponseEntity.created(URI.create(path + "/" + key))
                .eTag(stored.etag())
                .body(entry(stored.rule(), stored.retired()));
    }

    @PutMapping(path = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace a rule",
            description = "Requires If-Match with the ETag you read: 428 without, 412 when stale.")
    ResponseEntity<E> replace(
            @PathVariable("key") @Size(max = 64) String key,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Q request) {
        R rule = rule(key(key), request);
        return respond(editor.replace(kind, key(key), ifMatch, sortKey(rule), rule));
    }

    @DeleteMapping("/{key}")
    @Operation(summary = "Retire a rule", description = "It no longer matches and stays readable. Requires If-Match.")
    @ApiResponse(responseCode = "200", description = "Retired; the rule with its new ETag")
    @ApiResponse(responseCode = "409", description = "The rule is already retired")
    ResponseEntity<E> retire(
            @PathVariable("key") @Size(max = 64) String key,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(editor.retire(kind, key(key), ifMatch, type));
    }

    private ResponseEntity<E> respond(StoredRule<R> stored) {
        return ResponseEntity.ok().eTag(stored.etag()).body(entry(stored.rule(), stored.retired()));
    }
}
