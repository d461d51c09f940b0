package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listed company is known by the legal forms of Europe, the Americas and Asia, and a listed group's arm abroad keeps
 * the group's listing wherever its address is; a brand word another company shares does not.
 */
class CompanyFormsOfEveryCountryTests {

    private static final double MIN_SCORE = 0.8;
    private static final List<InstitutionEntry> SEEDED = SeedEntries.institutions();

    private final InstitutionMatcher institutions = new InstitutionMatcher(SEEDED);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Acme Robotics S.L.U.",
                "Acme Holdings S.A.U.",
                "Acme Industrial S.A. de C.V.",
                "Acme Werkzeuge GmbH & Co. KG",
                "Acme Trading Pte. Ltd.",
                "Acme Teknologi Sdn. Bhd.",
                "Acme Denki K.K.",
                "Acme Sistemi S.p.A.",
                "Acme Polska Sp. z o.o.",
                "OOO Acme",
                "ПАО «Акме»",
                "Acme Semiconductor PJSC",
                "Acme Instruments Co., Ltd. (ACI)",
                "Acme Equipment Inc. China",
                "Acme, Americas",
            })
    void readsLegalFormsOfEveryCountry(String listedName) {
        assertThat(LegalForms.isCompanyName(listedName)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme University", "Institute of Acme Studies (IAS)", "Acme Research Centre, Guangzhou"})
    void leavesOtherBodiesNoCompanies(String listedName) {
        assertThat(LegalForms.isCompanyName(listedName)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Merit Automotive Electronics Systems S.L.U., Calle Mayor 1, Madrid, Spain | | Merit Automotive Electronics"
                        + " Systems S.L.U",
                "SMIC, Americas, San Jose, CA 95134 | US | SMIC, Americas",
                "Hesai Europe GmbH, Stuttgart, Germany | | Hesai Group",
            })
    void keepsAListedCompanyAtItsAddressAbroad(String input, String country, String expected) {
        List<NameMatch> found = institutions.match(input, country, MIN_SCORE, 1);

        assertThat(found).extracting(match -> nameOf(match.id())).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Merit Solutions GmbH, Munich", "Acme Americas Inc., Austin, Texas"})
    void leavesUnrelatedCompaniesUnmatched(String input) {
        assertThat(institutions.match(input, null, MIN_SCORE, 1)).isEmpty();
    }

    private static String nameOf(UUID id) {
        return SEEDED.stream()
                .filter(entry -> entry.id().equals(id))
                .findFirst()
                .orElseThrow()
                .name();
    }
}
