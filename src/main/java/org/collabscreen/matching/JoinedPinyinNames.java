package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Listed names in pinyin (the renderings of Han names, {@link Romanisation}) by their letters run together: pinyin
 * typed in lower case without spaces ("beijingdaxue") names the entry whose rendering is "beijing daxue". A hash
 * lookup, filed once when the matcher is built.
 */
final class JoinedPinyinNames {

    private final Map<String, List<String>> spacedByJoined = new HashMap<>();

    JoinedPinyinNames(Iterable<List<String>> names) {
        for (List<String> entryNames : names) {
            for (String name : entryNames) {
                String normalised = NameNormaliser.normalise(name);
                String joined = PinyinSyllables.joined(normalised);
                if (joined != null && joined.length() >= 2) {
                    List<String> spaced = spacedByJoined.computeIfAbsent(joined, key -> new ArrayList<>(1));
                    if (!spaced.contains(normalised)) {
                        spaced.add(normalised);
                    }
                }
            }
        }
    }

    /** The listed pinyin names, spaced, that a normalised word of pinyin run together spells; empty otherwise. */
    List<String> spaced(String normalised) {
        return PinyinSyllables.isRun(normalised) ? spacedByJoined.getOrDefault(normalised, List.of()) : List.of();
    }
}
