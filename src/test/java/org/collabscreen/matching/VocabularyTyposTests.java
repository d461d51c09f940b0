package org.collabscreen.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTyposTests {

    private static final Set<String> WORDS = Set.of(
            "university",
            "institute",
            "academy",
            "college",
            "school",
            "laboratory",
            "national",
            "technology",
            "science",
            "programme",
            "program",
            "recruitment",
            "大学",
            "研究所");
    private static final String LETTERS = "abcdeilmnorstuyz ü-1科";

    @Test
    void correctsOneEditFromALongWordOnly() {
        VocabularyTypos typos = new VocabularyTypos(WORDS);
        assertThat(typos.correct("institue")).isEqualTo("institute");
        assertThat(typos.correct("univeristy")).isEqualTo("university");
        assertThat(typos.correct("technolgy")).isEqualTo("technology");
        assertThat(typos.correct("scholl")).isEqualTo("school");
        assertThat(typos.correct("semiconductor")).isEqualTo("semiconductor");
        assertThat(typos.correct("instittue")).isEqualTo("institute");
        assertThat(typos.correct("insttiue")).isEqualTo("insttiue");
    }

    /**
     * The letter test that skips most tokens never skips one the deletion neighbourhood would correct: random edits of
     * the words, one or two deep, and random strings, corrected as by the neighbourhood alone.
     */
    @Test
    void givesTheDeletionNeighbourhoodsAnswerForAnyToken() {
        VocabularyTypos typos = new VocabularyTypos(WORDS);
        Reference reference = new Reference(WORDS);
        List<String> words = List.copyOf(WORDS);
        Random random = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            String token = random.nextInt(4) == 0 ? randomText(random) : words.get(random.nextInt(words.size()));
            for (int edits = random.nextInt(3); edits > 0; edits--) {
                token = edit(token, random);
            }
            assertThat(typos.correct(token)).as(token).isEqualTo(reference.correct(token));
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = 4 + random.nextInt(10); n > 0; n--) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    private static String edit(String token, Random random) {
        int at = token.isEmpty() ? 0 : random.nextInt(token.length());
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return switch (token.isEmpty() ? 0 : random.nextInt(4)) {
            case 0 -> token.substring(0, at) + letter + token.substring(at);
            case 1 -> token.substring(0, at) + token.substring(at + 1);
            case 2 -> token.substring(0, at) + letter + token.substring(at + 1);
            default ->
                at + 1 < token.length()
                        ? token.substring(0, at) + token.charAt(at + 1) + token.charAt(at) + token.substring(at + 2)
                        : token;
        };
    }

    /** The correction by deletion neighbourhood alone, every deletion looked up. */
    private static final class Reference {

        private final Set<String> words;
        private final Map<String, String> byDeletion = new HashMap<>();

        Reference(Set<String> words) {
            this.words = Set.copyOf(words);
            for (String word : this.words) {
                if (word.length() >= 6 && !Tokens.containsCjk(word)) {
                    byDeletion.put(word, word);
                    TokenIndex.deletions(word).forEach(deletion -> byDeletion.putIfAbsent(deletion, word));
                }
            }
        }

        String correct(String token) {
            if (token.length() < 5 || words.contains(token) || Tokens.containsCjk(token)) {
                return token;
            }
            String word = byDeletion.get(token);
            for (int i = 0; word == null && i < token.length(); i++) {
                word = byDeletion.get(TokenIndex.deletion(token, i));
            }
            return word != null && TokenSimilarity.distance(token, word) <= 1 ? word : token;
        }
    }
}
