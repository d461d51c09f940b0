package org.collabscreen.rulebook;

import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.collabscreen.rulebook.RuleRequests.TalentProgrammeRequest;
import org.collabscreen.rulebook.RulebookResponses.TalentProgrammeEntry;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = TalentProgrammeController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing")
class TalentProgrammeController
        extends RuleEndpoints<TalentProgrammeRule, TalentProgrammeRequest, TalentProgrammeEntry> {

    static final String PATH = "/api/v1/rulebook/talent-programmes";

    private final RuleReferences references;

    TalentProgrammeController(RuleEditor editor, RuleReferences references) {
        super(editor, RuleKind.TALENT_PROGRAMME, TalentProgrammeRule.class, PATH);
        this.references = references;
    }

    @Override
    String key(String fromPath) {
        return RuleKeys.uuid(fromPath);
    }

    @Override
    String newKey(TalentProgrammeRequest request) {
        return UUID.randomUUID().toString();
    }

    @Override
    TalentProgrammeRule rule(String key, TalentProgrammeRequest request) {
        return references.programme(UUID.fromString(key), request);
    }

    @Override
    String sortKey(TalentProgrammeRule rule) {
        return rule.code();
    }

    @Override
    TalentProgrammeEntry entry(TalentProgrammeRule rule, boolean retired) {
        return TalentProgrammeEntry.of(rule, retired);
    }
}
