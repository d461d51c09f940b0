package org.collabscreen.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A CV's heading of honours or awards before a programme's name is no part of the name ({@link CvHeadings}). */
class HeadingsBeforeProgrammesTests {

    @Test
    void takesOffAnHonoursHeading() {
        assertThat(CvHeadings.without("Awards and honours: Changjiang Scholar (2015)"))
                .isEqualTo("Changjiang Scholar (2015)");
        assertThat(SeededProgrammes.top("Selected honours: National 1000-Talent Scholar (2014)"))
                .hasSize(1);
    }

    @Test
    void keepsAColonAfterAName() {
        assertThat(CvHeadings.without("Thousand Talents Plan: long-term"))
                .isEqualTo("Thousand Talents Plan: long-term");
    }
}
