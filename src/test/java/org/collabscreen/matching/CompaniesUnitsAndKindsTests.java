package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Issue 15's ninth round: listed companies abroad, named by the country they serve and without their registration form, units a group numbers, a
 * laboratory whose name names its host, universities that are not companies of the same name, and the ministry a
 * Russian institute answers to however the listed name places it.
 */
class CompaniesUnitsAndKindsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry GROUP = institution("Northern Lights Group Corporation", "CN", null, "NLGC");
    private static final InstitutionEntry COMPANY_ABROAD = institution("Aurora Avionics, Inc.", "CN", null);
    private static final InstitutionEntry SEVENTH_INSTITUTE =
            institution("7th Research Institute of NLGC", null, GROUP.id());
    private static final InstitutionEntry EIGHTH_INSTITUTE =
            institution("8th Research Institute of NLGC", null, GROUP.id());
    private static final InstitutionEntry RIVER_CORPORATION = institution("Jade River Corporation", "CN", null);
    private static final InstitutionEntry AUSTRALIAN = institution("Kestrel Holland Group Pty Ltd.", "CN", null);
    private static final InstitutionEntry GENERIC = institution("Institute of Applied Optics", "CN", null);

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(
            GROUP, COMPANY_ABROAD, SEVENTH_INSTITUTE, EIGHTH_INSTITUTE, RIVER_CORPORATION, AUSTRALIAN, GENERIC));

    @Test
    void aListedCompanyIsFoundAbroadButAGenericInstituteIsNot() {
        assertThat(ids(matcher.match("Aurora Avionics Inc., Wichita, Kansas", "US", MIN_SCORE, 1)))
                .containsExactly(COMPANY_ABROAD.id());
        assertThat(matcher.match("Institute of Applied Optics, Helsinki", "FI", MIN_SCORE, 1))
                .isEmpty();
        assertThat(matcher.match("Institute of Applied Optics, Helsinki", null, MIN_SCORE, 1))
                .isEmpty();
    }

    @Test
    void aSubsidiaryNamedByTheCountryItServesIsTheListedCompany() {
        assertThat(ids(matcher.match("Aurora Avionics Canada Inc., Toronto, Ontario", "CA", MIN_SCORE, 1)))
                .containsExactly(COMPANY_ABROAD.id());
        assertThat(LegalForms.withoutPlaces("aurora avionics canada inc")).isEqualTo("aurora avionics inc");
        assertThat(LegalForms.withoutPlaces("institute of physics canada")).isNull();
    }

    @Test
    void aCompanyIsNamedWithoutItsRegistrationForm() {
        assertThat(ids(matcher.match("Kestrel Holland Group, Perth, Western Australia", "AU", MIN_SCORE, 1)))
                .containsExactly(AUSTRALIAN.id());
        assertThat(LegalForms.withoutRegistration("Huawei Technologies Co., Ltd."))
                .hasValue("Huawei Technologies");
        assertThat(LegalForms.withoutRegistration("Kestrel Holland Group Pty Ltd."))
                .hasValue("Kestrel Holland Group");
        assertThat(LegalForms.withoutRegistration("CNOOC Limited")).isEmpty();
        assertThat(LegalForms.withoutRegistration("Jade River Corporation")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbin Research Institute of Signal Processing (NLGC 7th Institute), Harbin | 7th",
                "Harbin Research Institute of Signal Processing (NLGC 8), Harbin | 8th",
            })
    void aGroupNamedWithANumberIsItsNumberedUnit(String input, String number) {
        UUID expected = number.equals("7th") ? SEVENTH_INSTITUTE.id() : EIGHTH_INSTITUTE.id();

        assertThat(ids(matcher.match(input, "CN", MIN_SCORE, 1))).containsExactly(expected);
    }

    @Test
    void aGroupWithoutANumberStaysTheGroup() {
        assertThat(ids(matcher.match(
                        "Harbin Research Institute of Signal Processing (NLGC), Harbin", "CN", MIN_SCORE, 1)))
                .containsExactly(GROUP.id());
    }

    @Test
    void aUniversityIsNotTheCompanyOfTheSameName() {
        assertThat(matcher.match("Jade River University, Wuhan 430000", "CN", MIN_SCORE, 1))
                .isEmpty();
        assertThat(ids(matcher.match("Jade River Corporation, Wuhan 430000", "CN", MIN_SCORE, 1)))
                .containsExactly(RIVER_CORPORATION.id());
        assertThat(OrganisationKinds.differ(
                        "jade river university", "Jade River Corporation", InstitutionVocabulary.INSTANCE))
                .isTrue();
        assertThat(OrganisationKinds.differ(
                        "jade river corp", "Jade River Corporation", InstitutionVocabulary.INSTANCE))
                .isFalse();
    }

    @Test
    void aListedLaboratoryNamingItsHostRanksAboveTheHostNamedAfterIt() {
        InstitutionMatcher seeded = new InstitutionMatcher(SeedEntries.institutions());

        List<NameMatch> found = seeded.match(
                "Key Laboratory of Antennas and Microwave Technology, Xidian University, Xi'an", "CN", MIN_SCORE, 2);

        assertThat(found)
                .extracting(NameMatch::matchedAlias)
                .containsExactly("Key Laboratory of Antenna and Microwave Technology", "Xidian University");
    }

    @Test
    void theSupervisingMinistryIsLeftOutWhereverTheListedNameNamesIt() {
        InstitutionMatcher seeded = new InstitutionMatcher(SeedEntries.institutions());

        assertThat(seeded.match("27th Scientific Center, Ministry of Defence of Russia", "RU", MIN_SCORE, 1))
                .extracting(NameMatch::matchedAlias)
                .containsExactly("27th Scientific Center of the Russian Ministry of Defense");
    }

    private static List<UUID> ids(List<NameMatch> matches) {
        return matches.stream().map(NameMatch::id).toList();
    }
}
