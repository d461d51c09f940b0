package org.collabscreen.matching;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collabscreen.seed.SeedEntries;

/**
 * One institution matcher over the real seed, shared by the tests that resolve names against it: built once, not
 * once per test method, as matchers are immutable.
 */
final class SeededInstitutions {

    static final double MIN_SCORE = 0.8;
    static final List<InstitutionEntry> ENTRIES = SeedEntries.institutions();
    static final InstitutionMatcher MATCHER = new InstitutionMatcher(ENTRIES);

    private static final Map<UUID, String> NAMES =
            ENTRIES.stream().collect(Collectors.toMap(InstitutionEntry::id, InstitutionEntry::name));

    private SeededInstitutions() {}

    /** The name of the best match at {@link #MIN_SCORE}; empty when nothing matches. */
    static Optional<String> best(String input, String country) {
        return MATCHER.match(input, country, MIN_SCORE, 1).stream().findFirst().map(match -> nameOf(match.id()));
    }

    /** The seeded name of an institution by its id. */
    static String nameOf(UUID id) {
        return Optional.ofNullable(NAMES.get(id)).orElseThrow();
    }
}
