package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The best-scoring control-list item of a category for a text read in one language ({@link ItemIndex}), with the
 * positions of the text's words that hit it.
 *
 * @param score     the item's BM25 score for the text's distinct words
 * @param positions where the text's words that the item has stand in its tokens
 */
record ItemMatch(ControlListItem item, double score, List<Integer> positions) {

    private static final ItemIndex.Impact[] NONE = new ItemIndex.Impact[0];

    /**
     * For each category with an item sharing at least {@code minWords} distinct words with the text, none of them at a
     * term found, and scoring at least {@code minScore}, its best item (ties to the item listed first).
     */
    static Map<String, ItemMatch> best(
            ItemIndex index, ReadText reading, Set<String> codes, int minWords, double minScore) {
        String[] stems = reading.tokens().stems();
        boolean[] covered = reading.covered();
        List<ItemIndex.Impact[]> found = new ArrayList<>(stems.length);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < stems.length; i++) {
            ItemIndex.Impact[] impacts = covered[i] ? NONE : index.impacts(stems[i]);
            if (impacts.length > 0 && seen.add(stems[i])) {
                found.add(impacts);
            }
        }
        if (found.size() < minWords) {
            return Map.of();
        }
        double[] scores = new double[index.size()];
        int[] words = new int[index.size()];
        for (ItemIndex.Impact[] impacts : found) {
            for (ItemIndex.Impact impact : impacts) {
                scores[impact.item()] += impact.score();
                words[impact.item()]++;
            }
        }
        Map<String, Integer> bestItem = new HashMap<>();
        for (int item = 0; item < scores.length; item++) {
            String code = index.item(item).code();
            if (words[item] >= minWords && scores[item] >= minScore && codes.contains(code)) {
                Integer current = bestItem.get(code);
                if (current == null || scores[item] > scores[current]) {
                    bestItem.put(code, item);
                }
            }
        }
        Map<String, ItemMatch> best = new HashMap<>();
        bestItem.forEach((code, item) ->
                best.put(code, new ItemMatch(index.item(item), scores[item], positions(index, stems, covered, item))));
        return best;
    }

    private static List<Integer> positions(ItemIndex index, String[] stems, boolean[] covered, int item) {
        List<Integer> positions = new ArrayList<>(4);
        for (int i = 0; i < stems.length; i++) {
            for (ItemIndex.Impact impact : covered[i] ? NONE : index.impacts(stems[i])) {
                if (impact.item() == item) {
                    positions.add(i);
                    break;
                }
            }
        }
        return positions;
    }
}
