package org.collabscreen.matching;

import java.util.List;

import org.collabscreen.seed.SeedEntries;

/**
 * The programme matcher over the seeded programmes, built once for the matcher tests that resolve declarations, with
 * the top match at the score those tests take and the names of the programme a match stands for.
 */
final class SeededProgrammes {

    /** The lowest score at which these tests take a programme match. */
    static final double MIN_SCORE = 0.8;

    static final List<ProgrammeEntry> SEEDED = SeedEntries.programmes();

    static final TalentProgrammeMatcher MATCHER = new TalentProgrammeMatcher(SEEDED);

    private SeededProgrammes() {}

    /** The best match at or above {@link #MIN_SCORE}; empty when none. */
    static List<NameMatch> top(String input) {
        return MATCHER.match(input, MIN_SCORE, 1);
    }

    /** Every name of the seeded programme the match stands for. */
    static List<String> namesOf(NameMatch match) {
        return SEEDED.stream()
                .filter(programme -> programme.id().equals(match.id()))
                .flatMap(programme -> TalentProgrammeMatcher.namesOf(programme).stream())
                .toList();
    }
}
