package org.collabscreen.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds every occurrence of many patterns in one pass over a text (Aho-Corasick automaton over chars). */
final class AhoCorasick {

    private final List<Map<Character, Integer>> children = new ArrayList<>();
    private final List<int[]> outputs = new ArrayList<>();
    private final int[] patternLengths;
    private int[] failure;

    AhoCorasick(List<String> patterns) {
        patternLengths = new int[patterns.size()];
        newNode();
        for (int id = 0; id < patterns.size(); id++) {
            String pattern = patterns.get(id);
            patternLengths[id] = pattern.length();
            if (pattern.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < pattern.length(); i++) {
                Integer next = children.get(node).get(pattern.charAt(i));
                if (next == null) {
                    next = newNode();
                    children.get(node).put(pattern.charAt(i), next);
                }
                node = next;
            }
            outputs.set(node, append(outputs.get(node), id));
        }
        buildFailureLinks();
    }

    /** Calls back with the start, end (exclusive) and pattern id of every occurrence. */
    void search(String text, Occurrence callback) {
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer next = children.get(node).get(c);
            while (next == null && node != 0) {
                node = failure[node];
                next = children.get(node).get(c);
            }
            node = next == null ? 0 : next;
            for (int id : outputs.get(node)) {
                callback.accept(i + 1 - patternLengths[id], i + 1, id);
            }
        }
    }

    private void buildFailureLinks() {
        failure = new int[children.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>(children.get(0).values());
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Character, Integer> edge : children.get(node).entrySet()) {
                int child = edge.getValue();
                int fallback = failure[node];
                Integer target = children.get(fallback).get(edge.getKey());
                while (target == null && fallback != 0) {
                    fallback = failure[fallback];
                    target = children.get(fallback).get(edge.getKey());
                }
                failure[child] = target == null || target == child ? 0 : target;
                outputs.set(child, concat(outputs.get(child), outputs.get(failure[child])));
                queue.add(child);
            }
        }
    }

    private int newNode() {
        children.add(new HashMap<>(4));
        outputs.add(new int[0]);
        return children.size() - 1;
    }

    private static int[] append(int[] ids, int id) {
        int[] result = Arrays.copyOf(ids, ids.length + 1);
        result[ids.length] = id;
        return result;
    }

    private static int[] concat(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        int[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    /** Receives one occurrence. */
    @FunctionalInterface
    interface Occurrence {
        void accept(int start, int end, int patternId);
    }
}
