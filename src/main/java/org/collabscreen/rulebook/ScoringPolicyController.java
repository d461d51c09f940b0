package org.collabscreen.rulebook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.collabscreen.rulebook.RuleRequests.ScoringPolicyRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/rulebook/scoring-policy", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing")
class ScoringPolicyController {

    static final String KEY = "default";

    private final RuleEditor editor;
    private final RuleReferences references;

    ScoringPolicyController(RuleEditor editor, RuleReferences references) {
        this.editor = editor;
        this.references = references;
    }

    @GetMapping
    @Operation(summary = "Weights, thresholds, combination rules and mitigations used for scoring, with the ETag")
    ResponseEntity<ScoringPolicy> get() {
        StoredRule<ScoringPolicy> stored = editor.get(RuleKind.SCORING_POLICY, KEY, ScoringPolicy.class);
        return ResponseEntity.ok().eTag(stored.etag()).body(stored.rule());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace the scoring policy",
            description = "Requires If-Match with the ETag you read. Every parameter of the current policy must stay.")
    ResponseEntity<ScoringPolicy> replace(
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ScoringPolicyRequest request) {
        ScoringPolicy current =
                editor.get(RuleKind.SCORING_POLICY, KEY, ScoringPolicy.class).rule();
        ScoringPolicy policy = references.policy(request, current);
        StoredRule<ScoringPolicy> stored = editor.replace(RuleKind.SCORING_POLICY, KEY, ifMatch, KEY, policy);
        return ResponseEntity.ok().eTag(stored.etag()).body(stored.rule());
    }
}
