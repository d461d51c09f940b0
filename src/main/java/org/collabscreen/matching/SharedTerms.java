package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A term listed under several categories ("hypersonic", "AUV") counts once: for the categories that have evidence of
 * their own, or else for the one it is most specific to (whose name contains it, then the one with fewer keywords).
 * A phrase of three words or more counts for every category that lists it (fifteenth round).
 */
final class SharedTerms {

    private SharedTerms() {}

    static void resolve(Collection<CategoryEvidence> found) {
        if (found.size() < 2) {
            return; // no other category to share a term with
        }
        Map<String, List<CategoryEvidence>> byKey = new HashMap<>();
        for (CategoryEvidence evidence : found) {
            evidence.keys()
                    .forEach(key ->
                            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(evidence));
        }
        Map<String, List<CategoryEvidence>> shared = new HashMap<>();
        byKey.forEach((key, holders) -> {
            if (holders.size() > 1 && !isLongPhrase(key)) {
                shared.put(key, holders);
            }
        });
        for (Map.Entry<String, List<CategoryEvidence>> entry : shared.entrySet()) {
            List<CategoryEvidence> supported = entry.getValue().stream()
                    .filter(evidence -> hasOwnTerm(evidence, shared))
                    .toList();
            List<CategoryEvidence> keep =
                    supported.isEmpty() ? List.of(mostSpecific(entry.getKey(), entry.getValue())) : supported;
            entry.getValue().stream()
                    .filter(evidence -> !keep.contains(evidence))
                    .forEach(evidence -> evidence.remove(entry.getKey()));
        }
    }

    /**
     * A phrase of three words or more that two categories list ("synthetic aperture sonar", a sensing system and a
     * marine one) names the same thing for both, so it counts for both; a word or a pair ("AUV", "flexible
     * electronics") is what {@link #resolve} shares out.
     */
    private static boolean isLongPhrase(String key) {
        int first = key.indexOf(' ');
        return first > 0 && key.indexOf(' ', first + 1) > 0;
    }

    private static boolean hasOwnTerm(CategoryEvidence evidence, Map<String, List<CategoryEvidence>> shared) {
        for (String key : evidence.keys()) {
            if (!shared.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private static CategoryEvidence mostSpecific(String key, List<CategoryEvidence> holders) {
        return holders.stream()
                .min(Comparator.comparing((CategoryEvidence e) -> !namesTerm(e.category(), key))
                        .thenComparingInt(e -> e.category().keywords().size())
                        .thenComparing(e -> e.category().code()))
                .orElseThrow();
    }

    private static boolean namesTerm(CategoryEntry category, String key) {
        String name = String.join(
                " ",
                TextTokens.of(category.name() + " " + category.code().replace('_', ' '))
                        .stems());
        return (" " + name + " ").contains(" " + key.toLowerCase(Locale.ROOT) + " ");
    }
}
