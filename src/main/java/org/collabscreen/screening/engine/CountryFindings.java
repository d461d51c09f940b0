package org.collabscreen.screening.engine;

import org.collabscreen.rulebook.CountryRule;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.screening.Finding;
import org.collabscreen.vocabulary.CombinationFactor;
import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.PolicyKey;
import org.collabscreen.vocabulary.RiskType;

/** Flags a partner or funder located in a country of concern. */
final class CountryFindings {

    private CountryFindings() {}

    static void collect(
            String field, String countryCode, PolicyKey pointsKey, RulebookSnapshot rulebook, Evaluation evaluation) {
        rulebook.countryOfConcern(countryCode).ifPresent(country -> {
            evaluation.add(finding(field, country, rulebook.policy().value(pointsKey), rulebook));
            evaluation.addFactor(CombinationFactor.COUNTRY_OF_CONCERN);
        });
    }

    private static Finding finding(String field, CountryRule country, int points, RulebookSnapshot rulebook) {
        return new Finding(
                RiskType.DUAL_USE,
                FindingKind.COUNTRY_OF_CONCERN,
                "country/" + country.code() + "/" + field,
                country.name() + " is a country of concern",
                points,
                field,
                country.code(),
                country.code(),
                1.0,
                Sources.of(country.designations().stream()
                        .map(CountryRule.Designation::source)
                        .toList()));
    }
}
