package org.collabscreen.rulebook;

import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.collabscreen.rulebook.RuleRequests.InstitutionRequest;
import org.collabscreen.rulebook.RulebookResponses.InstitutionEntry;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = InstitutionController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing", description = "Create, replace and retire rules; each change is one revision")
class InstitutionController extends RuleEndpoints<InstitutionRule, InstitutionRequest, InstitutionEntry> {

    static final String PATH = "/api/v1/rulebook/institutions";

    private final RuleReferences references;

    InstitutionController(RuleEditor editor, RuleReferences references) {
        super(editor, RuleKind.INSTITUTION, InstitutionRule.class, PATH);
        this.references = references;
    }

    @Override
    String key(String fromPath) {
        return RuleKeys.uuid(fromPath);
    }

    @Override
    String newKey(InstitutionRequest request) {
        return UUID.randomUUID().toString();
    }

    @Override
    InstitutionRule rule(String key, InstitutionRequest request) {
        return references.institution(UUID.fromString(key), request);
    }

    @Override
    String sortKey(InstitutionRule rule) {
        return rule.name();
    }

    @Override
    InstitutionEntry entry(InstitutionRule rule, boolean retired) {
        return InstitutionEntry.of(rule, retired);
    }
}
