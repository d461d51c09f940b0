package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompoundWordsTests {

    private static final List<String> NAMES = List.of(
            "shanghai jiaotong university",
            "xian jiao tong university",
            "changjiang scholars",
            "chang jiang river institute",
            "beihang university",
            "northwestern polytechnical university",
            "tsinghua university",
            "harbin institute of technology",
            "semiconductor lithography",
            "zhongshan university");

    @Test
    void joinsNeighboursAndSplitsWordsIntoIndexedWords() {
        CompoundWords compounds = compounds();
        assertThat(compounds.variants(Tokens.split("xian jiao tong university")))
                .contains("xian jiaotong university");
        assertThat(compounds.variants(Tokens.split("shanghai jiaotong"))).contains("shanghai jiao tong");
        assertThat(compounds.variants(Tokens.split("harbin institute"))).isEmpty();
    }

    /**
     * Joins and splits are found from the words' hashes before any string is built: the variants are those of joining
     * every neighbouring pair and trying every split point, for pieces and mixes of the indexed words.
     */
    @Test
    void findsTheVariantsOfJoiningAndSplittingEverywhere() {
        TokenIndex index = index();
        CompoundWords compounds = new CompoundWords(index, NAMES);
        List<String> words = new ArrayList<>(index.tokens());
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String[] query = new String[1 + random.nextInt(4)];
            for (int w = 0; w < query.length; w++) {
                String word = words.get(random.nextInt(words.size()));
                query[w] = switch (random.nextInt(4)) {
                    case 0 -> word.substring(0, 1 + random.nextInt(word.length()));
                    case 1 -> word.substring(random.nextInt(word.length()));
                    case 2 -> word + words.get(random.nextInt(words.size()));
                    default -> word;
                };
            }
            assertThat(compounds.variants(query)).as(Arrays.toString(query)).isEqualTo(reference(index, query));
        }
    }

    private static CompoundWords compounds() {
        return new CompoundWords(index(), NAMES);
    }

    private static TokenIndex index() {
        TokenIndex.Builder builder = new TokenIndex.Builder();
        for (int id = 0; id < NAMES.size(); id++) {
            for (String word : Tokens.split(NAMES.get(id))) {
                builder.add(word, id);
            }
        }
        return builder.build();
    }

    /** Every pair joined and every split point tried, strings built for each. */
    private static List<String> reference(TokenIndex index, String[] words) {
        List<String> variants = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i++) {
            String joined = words[i] + words[i + 1];
            if (isWord(words[i]) && isWord(words[i + 1]) && index.contains(joined)) {
                String[] variant = Arrays.copyOf(words, words.length);
                variant[i] = joined;
                variant[i + 1] = "";
                variants.add(String.join(
                        " ", Arrays.stream(variant).filter(w -> !w.isEmpty()).toList()));
            }
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.length() < 6 || !isWord(word)) {
                continue;
            }
            for (int at = 2; at <= word.length() - 2; at++) {
                if (index.contains(word.substring(0, at)) && index.contains(word.substring(at))) {
                    String[] variant = Arrays.copyOf(words, words.length);
                    variant[i] = word.substring(0, at) + " " + word.substring(at);
                    variants.add(String.join(" ", variant));
                    break;
                }
            }
        }
        return variants;
    }

    private static boolean isWord(String token) {
        return !Tokens.isNumeric(token) && !Tokens.containsCjk(token);
    }
}
