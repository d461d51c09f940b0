package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A declaration that quotes a programme's name and goes on with the holder's tier, team or role names the quoted
 * programme, as Chinese quotes it (广东省“珠江人才计划”引进创新团队).
 */
class QuotedProgrammeNamesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Guangdong \"Pearl River Talents\" introduced innovative team, 2016|Pearl River Talent Program",
                "Visiting scientist funded by the \"5-100\" competitiveness programme at ITMO University|Project 5-100",
            })
    void findsTheQuotedProgramme(String declared, String programme) {
        List<NameMatch> found = SeededProgrammes.top(declared);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).contains(programme);
    }
}
