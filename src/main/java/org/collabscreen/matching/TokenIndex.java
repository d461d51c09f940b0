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
    /** The membership of every indexed token, worked out at build: a query's tokens are mostly indexed ones. */
    private final Map<String, Membership> indexed;

    private TokenIndex(Map<String, int[]> postings, Map<String, String[]> tokensByDeletion) {
        this.postings = postings;
        this.tokensByDeletion = tokensByDeletion;
        this.indexed = new HashMap<>(postings.size() * 2);
        postings.keySet().forEach(token -> indexed.put(token, neighbourhood(token)));
    }

    /** The posting lists of this token and of every token a single edit away from it. */
    Membership membership(String token) {
        Membership known = indexed.get(token);
        return known != null ? known : neighbourhood(token);
    }

    private Membership neighbourhood(String token) {
        List<int[]> lists = new ArrayList<>();
        addList(token, lists);
        if (hasTypoNeighbourhood(token)) {
            Set<String> neighbours = new HashSet<>();
            addNeighbours(token, neighbours);
            for (int i = 0; i < token.length(); i++) {
                // deleting any letter of a run of equal letters gives the same string: take it once
                if (i == 0 || token.charAt(i) != token.charAt(i - 1)) {
                    String deletion = deletion(token, i);
                    addList(deletion, lists);
                    addNeighbours(deletion, neighbours);
                }
            }
            neighbours.remove(token);
            neighbours.forEach(neighbour -> addList(neighbour, lists));
        }
        return Membership.of(lists);
    }

    private void addList(String token, List<int[]> lists) {
        int[] ids = postings.get(token);
        if (ids != null) {
            lists.add(ids);
        }
    }

    /**
     * The sorted posting lists of one token and its typo neighbours, and how many postings they hold: the cost of
     * retrieving by this token, and how common the token is.
     */
    record Membership(List<int[]> lists, int size) {

        static Membership of(List<int[]> lists) {
            int total = 0;
            for (int[] ids : lists) {
                total += ids.length;
            }
            return new Membership(List.copyOf(lists), total);
        }

        /**
         * Adds to {@code out} the ids below {@code limit} of every entry sharing the token, or a token one edit away
         * from it.
         */
        void collect(BitSet out, int limit) {
            for (int list = 0; list < lists.size(); list++) {
                int[] ids = lists.get(list);
                for (int i = 0; i < ids.length && ids[i] < limit; i++) {
                    out.set(ids[i]);
                }
            }
        }

        boolean contains(int id) {
            for (int list = 0; list < lists.size(); list++) {
                int[] ids = lists.get(list);
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

    /** The indexed tokens. */
    Set<String> tokens() {
        return postings.keySet();
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
            deletions.add(deletion(token, i));
        }
        return deletions;
    }

    /** The token without its character at {@code i}. */
    static String deletion(String token, int i) {
        return new StringBuilder(token.length() - 1)
                .append(token, 0, i)
                .append(token, i + 1, token.length())
                .toString();
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
