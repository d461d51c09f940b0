package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declarations that share words with a programme's name and name another thing: a project qualified by a word of no
 * programme ("Peacock conservation project", also after "of"), a number followed by what it counts, a province's name
 * in place of "National", and a "for …" phrase saying whom an award is for.
 */
class ProgrammeLookalikesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Peacock conservation project, Yunnan wildlife survey",
                "Chinese Government Friendship Award (友谊奖) for foreign experts",
                "The Thousand Bridges Talent Program for new engineers (a contractor's scheme)",
                "The Hundred Talents of Broadway radio-drama project",
                "Sichuan Special Support Program, provincial young top talent",
                "The firm hired a thousand young scholars last year",
                "Project 1000 Wind Turbines, Gansu trial",
            })
    void matchesNoProgrammeForAnotherProjectOrAnAward(String declared) {
        assertThat(SeededProgrammes.top(declared)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Recipient of the Project 111 (B17035) overseas academic master appointment",
                "Shenzhen Peacock Plan for overseas high-level talents",
                "National Special Support Program, young top talent",
                "Zhejiang Kunpeng Action Plan for top global talent",
                "Thousand Talents Plan scholar of the Hundred Talents of CAS",
            })
    void keepsProgrammesNamedWithLeadInsAndTargets(String declared) {
        assertThat(SeededProgrammes.top(declared)).isNotEmpty();
    }
}
