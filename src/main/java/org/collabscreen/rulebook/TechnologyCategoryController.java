package org.collabscreen.rulebook;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.collabscreen.rulebook.RuleRequests.TechnologyCategoryRequest;
import org.collabscreen.rulebook.RulebookResponses.TechnologyCategoryEntry;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = TechnologyCategoryController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing")
class TechnologyCategoryController
        extends RuleEndpoints<TechnologyCategoryRule, TechnologyCategoryRequest, TechnologyCategoryEntry> {

    static final String PATH = "/api/v1/rulebook/technology-categories";

    private final RuleReferences references;

    TechnologyCategoryController(RuleEditor editor, RuleReferences references) {
        super(editor, RuleKind.TECHNOLOGY_CATEGORY, TechnologyCategoryRule.class, PATH);
        this.references = references;
    }

    @Override
    String key(String fromPath) {
        return RuleKeys.code(fromPath);
    }

    @Override
    String newKey(TechnologyCategoryRequest request) {
        return RuleKeys.required(request.code());
    }

    @Override
    TechnologyCategoryRule rule(String key, TechnologyCategoryRequest request) {
        RuleKeys.sameAsPath(request.code(), key);
        return references.category(key, request);
    }

    @Override
    String sortKey(TechnologyCategoryRule rule) {
        return rule.code();
    }

    @Override
    TechnologyCategoryEntry entry(TechnologyCategoryRule rule, boolean retired) {
        return TechnologyCategoryEntry.of(rule, retired);
    }
}
