package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Every word of a name abbreviated as Clarivate's address list and ISO 4 write it ("Grp", "Ind", "Logist", "Biol",
 * "Environm", "Transmiss", "Probl"), a Russian legal form and ministry abbreviated ("Fed State Budgetary Inst Sci",
 * "Minist Def"), "Tech" for Technical and "Technol Univ" for a Technological University.
 */
class TitleWordAbbreviationsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry GROUP = institution("Lakeside Widget Industries Group", "CN", null);
    private static final InstitutionEntry LOGISTICS = institution("Lakeside Logistics Service Academy", "CN", null);
    private static final InstitutionEntry PROBLEMS =
            institution("Gizmov Institute for Widget Transmission Problems", "RU", null);
    private static final InstitutionEntry BIOLOGY =
            institution("Federal State Budgetary Institution of Science Institute of Widget Biology", "RU", null);
    private static final InstitutionEntry CENTRE =
            institution("99th Widget Center of the Russian Ministry of Defense", "RU", null);
    private static final InstitutionEntry TECHNICAL =
            institution("Qelbar Aviation Technical Development Co., Ltd.", "CN", null);
    private static final InstitutionEntry TECHNOLOGICAL = institution("Qelbar Technological University", "CN", null);
    private static final InstitutionEntry OF_TECHNOLOGY = institution("Qelbar University of Technology", "CN", null);

    private final InstitutionMatcher matcher = new InstitutionMatcher(
            List.of(GROUP, LOGISTICS, PROBLEMS, BIOLOGY, CENTRE, TECHNICAL, TECHNOLOGICAL, OF_TECHNOLOGY));

    private InstitutionEntry best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty()
                ? null
                : List.of(GROUP, LOGISTICS, PROBLEMS, BIOLOGY, CENTRE, TECHNICAL, TECHNOLOGICAL, OF_TECHNOLOGY).stream()
                        .filter(entry -> entry.id().equals(found.get(0).id()))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void titleWordAbbreviationsReadAsTheirWords() {
        Vocabulary words = InstitutionVocabulary.INSTANCE;
        assertThat(words.canonical("grp")).isEqualTo(words.canonical("group"));
        assertThat(words.canonical("ind")).isEqualTo(words.canonical("industries"));
        assertThat(words.canonical("biol")).isEqualTo(words.canonical("biological"));
        assertThat(words.canonical("environm")).isEqualTo(words.canonical("environmental"));
        assertThat(words.canonical("opt")).isEqualTo(words.canonical("optical"));
        assertThat(words.canonical("grip")).isNotEqualTo(words.canonical("group"));
        assertThat(best("Lakeside Widget Ind Grp, Lakeside 100000, Peoples R China"))
                .isEqualTo(GROUP);
        assertThat(best("Lakeside Logist Serv Acad")).isEqualTo(LOGISTICS);
        assertThat(best("Gizmov Inst Widget Transmiss Probl, Moscow 127051, Russia"))
                .isEqualTo(PROBLEMS);
    }

    @Test
    void anAbbreviatedRussianLegalFormAndMinistryAreLeftOutAsWrittenOutOnesAre() {
        assertThat(TitleWordAbbreviations.spelt("fed state budgetary inst sci inst widget biol"))
                .isEqualTo("federal state institution inst widget biol");
        assertThat(TitleWordAbbreviations.spelt("fed res ctr gizmov inst"))
                .isEqualTo("federal state institution gizmov inst");
        assertThat(TitleWordAbbreviations.spelt("fed state inst")).isEqualTo("fed state inst");
        assertThat(best("Fed State Budgetary Inst Sci Inst Widget Biol, Moscow"))
                .isEqualTo(BIOLOGY);
        assertThat(best("Inst Widget Biol")).isEqualTo(BIOLOGY);
        assertThat(best("99th Widget Ctr Russian Minist Def, Moscow 141306")).isEqualTo(CENTRE);
    }

    @Test
    void techIsTechnicalAndTechnolBeforeUnivTechnological() {
        assertThat(best("Qelbar Aviat Tech Dev Co Ltd, Qelbar 550000")).isEqualTo(TECHNICAL);
        assertThat(best("Qelbar Technol Univ, Qelbar 710021, Peoples R China")).isEqualTo(TECHNOLOGICAL);
        assertThat(best("Qelbar Univ Technol, Qelbar 710048, Peoples R China")).isEqualTo(OF_TECHNOLOGY);
    }
}
