package org.collabscreen.rulebook;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.collabscreen.rulebook.RuleRequests.CountryRequest;
import org.collabscreen.rulebook.RulebookResponses.CountryEntry;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = CountryController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing")
class CountryController extends RuleEndpoints<CountryRule, CountryRequest, CountryEntry> {

    static final String PATH = "/api/v1/rulebook/countries";

    CountryController(RuleEditor editor) {
        super(editor, RuleKind.COUNTRY, CountryRule.class, PATH);
    }

    @Override
    String key(String fromPath) {
        return RuleKeys.countryCode(fromPath);
    }

    @Override
    String newKey(CountryRequest request) {
        return RuleKeys.required(request.code());
    }

    @Override
    CountryRule rule(String key, CountryRequest request) {
        RuleKeys.sameAsPath(request.code(), key);
        return request.toRule(key);
    }

    @Override
    String sortKey(CountryRule rule) {
        return rule.code();
    }

    @Override
    CountryEntry entry(CountryRule rule, boolean retired) {
        return CountryEntry.of(rule, retired);
    }
}
