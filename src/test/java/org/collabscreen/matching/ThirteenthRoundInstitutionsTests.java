package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Issue 15's thirteenth round: a Taiwan national name ("國立…") kept from the mainland university that shares the rest
 * of it, Clarivate's "Computat" and "Int'l", "Med" for Medicine, an Italian "tecnologica" and a romanised Russian city adjective read as their
 * words, a form's field label and a possessive before a name in a sentence left out, and a PLA or CAPF owner written
 * after the body read in the lists' order.
 */
class ThirteenthRoundInstitutionsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry QINGLING = institution("Qingling University", "CN", null, "青嶺大學");
    private static final InstitutionEntry TAIWAN_LISTED = institution("Taiwan Widget University", "TW", null, "國立微件大學");
    private static final InstitutionEntry MAINLAND_WIDGET = institution("Widget University", "CN", null, "微件大學");
    private static final InstitutionEntry COMPUTING =
            institution("Lakeside Computational Widget Research Center", "CN", null);
    private static final InstitutionEntry HILLTOP = institution("Hilltop University of Technology", "IR", null);
    private static final InstitutionEntry TOMSK = institution("Tomsk Widget University", "RU", null);

    private static final InstitutionEntry MEMORY = institution("Qilin Memory Technologies Co., Ltd.", "CN", null);
    private static final InstitutionEntry FOUNDRY =
            institution("Qilin Widget Manufacturing International Corporation", "CN", null);
    private static final InstitutionEntry GROUP =
            institution("Ruritania Widget Technology Group Corporation", "CN", null);
    private static final InstitutionEntry WESTERN = institution("Western Widget University", "CN", null);
    private static final InstitutionEntry ARMY_ACADEMY = institution("Army Widget Academy", "CN", null);
    private static final InstitutionEntry POLICE_UNIVERSITY =
            institution("Engineering Widget University of the CAPF", "CN", null);
    private static final InstitutionEntry AIR_FORCE_ACADEMY = institution("Air Force Early Widget Academy", "CN", null);

    private static final InstitutionEntry MEDICINE = institution("Lakeside Institute of Widget Medicine", "CN", null);

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(
            MEDICINE,
            QINGLING,
            TAIWAN_LISTED,
            MAINLAND_WIDGET,
            COMPUTING,
            HILLTOP,
            TOMSK,
            MEMORY,
            FOUNDRY,
            GROUP,
            WESTERN,
            ARMY_ACADEMY,
            POLICE_UNIVERSITY,
            AIR_FORCE_ACADEMY));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aTaiwanNationalNameDoesNotMatchTheMainlandUniversityOfTheSameName() {
        assertThat(matcher.match("國立青嶺大學 材料系", null, MIN_SCORE, 5)).isEmpty();
        assertThat(best("青嶺大學 材料系")).isEqualTo(QINGLING.id().toString());
    }

    @Test
    void aTaiwanNationalNameStillMatchesAListedNameWrittenWithThePrefix() {
        assertThat(best("國立微件大學")).isEqualTo(TAIWAN_LISTED.id().toString());
    }

    @Test
    void clarivatesComputatReadsAsComputational() {
        assertThat(best("Lakeside Computat Widget Res Ctr, Lakeside 100000, Peoples R China"))
                .isEqualTo(COMPUTING.id().toString());
    }

    @Test
    void anItalianTecnologicaReadsAsTechnology() {
        assertThat(best("Università tecnologica Hilltop"))
                .isEqualTo(HILLTOP.id().toString());
    }

    @Test
    void aRomanisedRussianCityAdjectiveReadsAsTheCity() {
        assertThat(best("Tomskiy Widget University")).isEqualTo(TOMSK.id().toString());
    }

    @Test
    void aFormsFieldLabelIsNoPartOfTheName() {
        assertThat(best("Industrial partner: Qilin Widget Manufacturing Int'l Corp."))
                .isEqualTo(FOUNDRY.id().toString());
        assertThat(best("industry partner: qilin memory technologies"))
                .isEqualTo(MEMORY.id().toString());
        assertThat(best("Co-funded by Ruritania Widget Technology Group Corp."))
                .isEqualTo(GROUP.id().toString());
    }

    @Test
    void aPossessiveBeforeANameInASentenceIsNoPartOfIt() {
        assertThat(best("Engineers at Ruritania's Western Widget University said the new boat could sail for a week."))
                .isEqualTo(WESTERN.id().toString());
    }

    @Test
    void aPlaOrCapfOwnerAfterTheBodyIsReadInTheListsOrder() {
        assertThat(best("Army Widget Academy of PLA, Chongqing 400000"))
                .isEqualTo(ARMY_ACADEMY.id().toString());
        assertThat(best("Early Widget Academy of the PLA Air Force, Wuhan 430000"))
                .isEqualTo(AIR_FORCE_ACADEMY.id().toString());
        assertThat(best("Early Widget Academy of PLAAF"))
                .isEqualTo(AIR_FORCE_ACADEMY.id().toString());
        assertThat(best("Engineering Widget University of People's Armed Police, Xi'an 710000"))
                .isEqualTo(POLICE_UNIVERSITY.id().toString());
    }

    @Test
    void clarivatesMedReadsAsMedicineAsWellAsMedical() {
        assertThat(best("Lakeside Inst Widget Med, Lakeside 100000, Peoples R China"))
                .isEqualTo(MEDICINE.id().toString());
    }
}
