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
    private static final Map<UUID, InstitutionEntry> BY_ID =
            ENTRIES.stream().collect(Collectors.toMap(InstitutionEntry::id, entry -> entry));

    private SeededInstitutions() {}

    /** The name of the best match at {@link #MIN_SCORE}; empty when nothing matches. */
    static Optional<String> best(String input, String country) {
        return MATCHER.match(input, country, MIN_SCORE, 1).stream().findFirst().map(match -> nameOf(match.id()));
    }

    /** The seeded name of an institution by its id. */
    static String nameOf(UUID id) {
        return Optional.ofNullable(NAMES.get(id)).orElseThrow();
    }

    /** The id of the best match at {@link #MIN_SCORE}; empty when nothing matches. */
    static Optional<UUID> bestId(String input, String country) {
        return MATCHER.match(input, country, MIN_SCORE, 1).stream().findFirst().map(NameMatch::id);
    }

    /** Whether the entry found is the company, a body above it, or a body below one of those (an arm of the group). */
    static boolean sameGroup(UUID found, InstitutionEntry company) {
        InstitutionEntry top = company;
        while (top.parentId() != null && BY_ID.containsKey(top.parentId())) {
            top = BY_ID.get(top.parentId());
        }
        for (InstitutionEntry current = BY_ID.get(found); current != null; ) {
            if (current == top || current == company) {
                return true;
            }
            current = current.parentId() == null ? null : BY_ID.get(current.parentId());
        }
        return false;
    }
}
