package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inverted index from distinctive tokens to entry ids, with a single-deletion neighbourhood of each token so that
 * a query token one edit away still retrieves its candidates: exactly the pairs {@link TokenSimilarity} scores.
 */
final class TokenIndex {

    private static final int MIN_TYPO_LENGTH = TokenSimilarity.MIN_LENGTH;

    private final Map<String, int[]> postings;
    private final Map<String, String[]> tokensByDeletion;

    private TokenIndex(Map<String, int[]> postings, Map<String, String[]> tokensByDeletion) {
        this.postings = postings;
        this.tokensByDeletion = tokensByDeletion;
    }

    /** The posting lists of this token and of every token a single edit away from it. */
    Membership membership(String token) {
        List<int[]> lists = new ArrayList<>();
        addList(token, lists);
        if (hasTypoNeighbourhood(token)) {
            Set<String> neighbours = new HashSet<>();
            addNeighbours(token, neighbours);
            for (String deletion : deletions(token)) {
                addList(deletion, lists);
                addNeighbours(deletion, neighbours);
            }
            neighbours.remove(token);
            neighbours.forEach(neighbour -> addList(neighbour, lists));
        }
        return new Membership(lists);
    }

    private void addList(String token, List<int[]> lists) {
        int[] ids = postings.get(token);
        if (ids != null) {
            lists.add(ids);
        }
    }

    /** The sorted posting lists of one token and its typo neighbours. */
    record Membership(List<int[]> lists) {

        /** How many postings retrieving by this token reads: its cost, and how common the token is. */
        int size() {
            int total = 0;
            for (int[] ids : lists) {
                total += ids.length;
            }
            return total;
        }

        /** Adds to {@code out} the ids of every entry sharing the token, or a token one edit away from it. */
        void collect(BitSet out) {
            for (int[] ids : lists) {
                for (int id : ids) {
                    out.set(id);
                }
            }
        }

        boolean contains(int id) {
            for (int[] ids : lists) {
                if (Arrays.binarySearch(ids, id) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    boolean contains(String token) {
        return postings.containsKey(token);
    }

    private void addNeighbours(String deletion, Set<String> out) {
        String[] tokens = tokensByDeletion.get(deletion);
        if (tokens != null) {
            Collections.addAll(out, tokens);
        }
    }

    private static boolean hasTypoNeighbourhood(String token) {
        return token.length() >= MIN_TYPO_LENGTH && !Tokens.isNumeric(token) && !Tokens.containsCjk(token);
    }

    static Set<String> deletions(String token) {
        Set<String> deletions = new LinkedHashSet<>();
        for (int i = 0; i < token.length(); i++) {
            deletions.add(token.substring(0, i) + token.substring(i + 1));
        }
        return deletions;
    }

    /** Collects token → id postings, then freezes them into an index. */
    static final class Builder {

        private final Map<String, List<Integer>> postings = new HashMap<>();

        void add(String token, int id) {
            List<Integer> ids = postings.computeIfAbsent(token, t -> new ArrayList<>(2));
            if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
                ids.add(id);
            }
        }

        TokenIndex build() {
            Map<String, int[]> frozen = new HashMap<>(postings.size() * 2);
            Map<String, Set<String>> byDeletion = new HashMap<>();
            postings.forEach((token, ids) -> {
                frozen.put(token, ids.stream().mapToInt(Integer::intValue).toArray());
                if (hasTypoNeighbourhood(token)) {
                    deletions(token)
                            .forEach(d -> byDeletion
                                    .computeIfAbsent(d, k -> new LinkedHashSet<>())
                                    .add(token));
                }
            });
            Map<String, String[]> frozenDeletions = new HashMap<>(byDeletion.size() * 2);
            byDeletion.forEach((deletion, tokens) -> frozenDeletions.put(deletion, tokens.toArray(String[]::new)));
            return new TokenIndex(frozen, frozenDeletions);
        }
    }
}
