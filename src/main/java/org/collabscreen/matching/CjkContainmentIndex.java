package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds names written in CJK scripts inside a longer CJK string (an affiliation), keyed on their first two chars. */
final class CjkContainmentIndex {

    private static final int MIN_LENGTH = 3;

    private final Map<String, int[]> idsByPrefix;
    private final String[] names;

    CjkContainmentIndex(List<String> normalisedNames) {
        this.names = normalisedNames.toArray(String[]::new);
        Map<String, List<Integer>> byPrefix = new HashMap<>();
        for (int id = 0; id < names.length; id++) {
            String name = names[id];
            if (name.length() >= MIN_LENGTH && name.indexOf(' ') < 0 && Tokens.containsCjk(name)) {
                byPrefix.computeIfAbsent(name.substring(0, 2), k -> new ArrayList<>())
                        .add(id);
            }
        }
        this.idsByPrefix = new HashMap<>();
        byPrefix.forEach((prefix, ids) ->
                idsByPrefix.put(prefix, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Calls back with the id and its length share of the text for every indexed name the text contains. */
    void forEachContained(String text, ContainedName callback) {
        if (idsByPrefix.isEmpty()) {
            return;
        }
        for (int i = 0; i + 2 <= text.length(); i++) {
            int[] ids = idsByPrefix.get(text.substring(i, i + 2));
            if (ids != null) {
                for (int id : ids) {
                    if (text.startsWith(names[id], i)
                            && !ShortNamesInLongerNames.runsOnAt(text, i + names[id].length())) {
                        callback.accept(id, (double) names[id].length() / text.length());
                    }
                }
            }
        }
    }

    /** Receives a contained name. */
    @FunctionalInterface
    interface ContainedName {
        void accept(int id, double share);
    }
}
