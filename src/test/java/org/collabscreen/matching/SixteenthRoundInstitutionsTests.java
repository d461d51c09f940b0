package org.collabscreen.matching;

import java.util.List;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Issue 15's sixteenth round: a spaced slash between two affiliations, the Russian "MO RF" as a supervising ministry,
 * an entry's own number against an alias that numbers another unit, and a unit written with its parent after it.
 */
class SixteenthRoundInstitutionsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry UNIVERSITY = institution("Qelbar University", "CN", null);
    private static final InstitutionEntry LABORATORY =
            institution("State Key Laboratory of Widget Alloys", "CN", UNIVERSITY.id());
    private static final InstitutionEntry HOSPITAL = institution("Lakeview Hospital", "CN", UNIVERSITY.id());
    private static final InstitutionEntry COMPANY = institution("Gizmotron Technologies Company", "CN", null);
    private static final InstitutionEntry THIRTIETH =
            institution("30th Central Widget Research Institute", "RU", null, "30th TsWNII");
    private static final InstitutionEntry TWENTIETH =
            institution("20th Central Widget Research Institute", "RU", null, "20 TsWNII", "30 TsWNII");

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(UNIVERSITY, LABORATORY, HOSPITAL, COMPANY, THIRTIETH, TWENTIETH));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aSpacedSlashPartsTwoAffiliations() {
        assertThat(
                        best(
                                "State Key Laboratory of Gadget Ceramics / State Key Laboratory of Widget Alloys, Qelbar University"))
                .isEqualTo(LABORATORY.id().toString());
        assertThat(best("Unlisted Chip Design House / Gizmotron Technologies Company, Shenzhen"))
                .isEqualTo(COMPANY.id().toString());
        assertThat(AffiliationParts.segments("Gizmotron R/D Centre / Qelbar University"))
                .containsExactly("Gizmotron R/D Centre", "Qelbar University");
    }

    @Test
    void moRfAfterARussianInstituteIsItsSupervisingMinistry() {
        assertThat(best("30 TsWNII MO RF, Moscow")).isEqualTo(THIRTIETH.id().toString());
        assertThat(InstitutionVocabulary.INSTANCE.rewrite("30 tswnii mo rf")).isEqualTo("30 tswnii");
        assertThat(InstitutionVocabulary.INSTANCE.rewrite("qelbar mo rfid laboratory"))
                .contains("mo rfid");
    }

    @Test
    void anAliasNumberingAnotherUnitDoesNotMakeTheEntryThatUnit() {
        assertThat(best("20 TsWNII, Moscow")).isEqualTo(TWENTIETH.id().toString());
        assertThat(best("30 TsWNII, Moscow")).isEqualTo(THIRTIETH.id().toString());
        assertThat(best("30 TsWNII of the Ministry of Defence of the Russian Federation, Moscow"))
                .isNotEqualTo(TWENTIETH.id().toString());
    }

    @Test
    void aUnitWrittenWithItsParentAfterItIsThatUnit() {
        assertThat(best("Department of Surgery, Lakeview Hospital of Qelbar University, Qelbar 610041"))
                .isEqualTo(HOSPITAL.id().toString());
        assertThat(best("Department of Surgery, Lakeview Hospital of Zorvan University, Zorvan 610041"))
                .isNotEqualTo(HOSPITAL.id().toString());
        assertThat(UnitOfParentNames.of(HOSPITAL, UNIVERSITY)).hasValue("Lakeview Hospital of Qelbar University");
        assertThat(UnitOfParentNames.of(institution("Widget Chips Co., Ltd.", "CN", COMPANY.id()), COMPANY))
                .isEmpty();
    }

    /**
     * Moved from {@code RomanisedAndPlacedNamesTests}, which wanted nothing here: the Academy's Institute of Automation
     * in Beijing is listed as its unit, so the input names it, and still not the Shenyang institute.
     */
    @Test
    void theAcademysInstituteOfAutomationIsNotTheShenyangOne() {
        List<InstitutionEntry> seeded = SeedEntries.institutions();
        InstitutionEntry beijing = seeded.stream()
                .filter(entry -> entry.name().equals("Institute of Automation"))
                .findFirst()
                .orElseThrow();
        List<NameMatch> found =
                new InstitutionMatcher(seeded).match("CAS Institute of Automation, Beijing", "CN", MIN_SCORE, 3);
        assertThat(found).extracting(NameMatch::id).containsExactly(beijing.id());
    }
}
