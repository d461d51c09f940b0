package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The steps that led from the text as typed to the alias it matched, in words an analyst can check. */
final class MatchExplanation {

    private MatchExplanation() {}

    /** The alias reported: the rule's name or alias written exactly as the input, else the one that was hit. */
    static String reportedAlias(String input, BestHits.Hit<?> hit, List<String> names) {
        String typed = input.strip();
        return names.contains(typed) ? typed : hit.alias();
    }

    static List<String> of(String input, BestHits.Hit<?> hit, Vocabulary vocabulary) {
        return of(input, NameNormaliser.normalise(input), hit, vocabulary);
    }

    /** @param whole the input normalised ({@link NameNormaliser#normalise}), as the caller already has it */
    static List<String> of(String input, String whole, BestHits.Hit<?> hit, Vocabulary vocabulary) {
        List<String> steps = new ArrayList<>();
        steps.add(hit.method().description());
        if (!hit.searched().equals(whole)) {
            steps.add("affiliation reduced to \"" + hit.searched() + "\"");
        }
        String typed = input.strip();
        String folded = NameNormaliser.foldScript(typed);
        if (!folded.equals(typed) && !typed.equals(hit.alias())) {
            steps.add("traditional Chinese or Japanese characters folded to simplified");
        }
        WeightedName alias = hit.aliasName() != null
                ? hit.aliasName()
                : WeightedName.of(NameNormaliser.normalise(hit.alias()), vocabulary);
        if (!typed.equals(hit.alias()) && !folded.equals(hit.alias()) && whole.equals(alias.normalised())) {
            steps.add("case, accents, width and punctuation normalised");
        }
        Set<String> aliasTokens = new LinkedHashSet<>(Arrays.asList(alias.tokens()));
        List<String> unmatched = new ArrayList<>();
        for (String token : Tokens.split(hit.searched())) {
            String canonical = vocabulary.canonical(token);
            String corrected = vocabulary.correctTypo(canonical);
            if (!canonical.equals(token) && !canonical.equals(corrected)
                    || canonical.equals(token) && !corrected.equals(canonical)) {
                steps.add("misspelling tolerated: " + token + " → " + corrected);
            } else if (!canonical.equals(token)) {
                steps.add("abbreviation or variant: " + token + " → " + canonical);
            }
            if (!aliasTokens.contains(corrected)) {
                String near = aliasTokens.stream()
                        .filter(a -> TokenSimilarity.of(corrected, a) > 0)
                        .findFirst()
                        .orElse(null);
                if (near != null) {
                    steps.add("misspelling tolerated: " + token + " → " + near);
                } else if (hit.method() == MatchMethod.FUZZY) {
                    unmatched.add(token);
                }
            }
        }
        if (!unmatched.isEmpty()) {
            steps.add("words not in the alias: " + String.join(" ", unmatched));
        }
        return List.copyOf(new LinkedHashSet<>(steps));
    }
}
