package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds programme names and aliases mentioned in free text, in one automaton pass over its canonical form. */
final class ProgrammeMentions {

    private static final double ACRONYM_SCORE = 0.9;

    private final List<ProgrammeEntry> programmes = new ArrayList<>();
    private final List<String> aliases = new ArrayList<>();
    private final List<Boolean> acronyms = new ArrayList<>();
    private final AhoCorasick automaton;
    /** The programme vocabulary, quick for the words of the names. */
    private final Vocabulary vocabulary;
    /** The canonical forms of texts searched already: programme names and short texts recur. */
    private final TextMemo<String> canonicalTexts = new TextMemo<>(4_096, 256);

    ProgrammeMentions(List<ProgrammeEntry> rules) {
        List<String> patterns = new ArrayList<>();
        List<String> normalisedNames = new ArrayList<>();
        for (ProgrammeEntry rule : rules) {
            for (String alias : TalentProgrammeMatcher.namesOf(rule)) {
                normalisedNames.add(NameNormaliser.normalise(alias));
                String canonical = canonicalText(alias);
                if (!canonical.isEmpty()) {
                    programmes.add(rule);
                    aliases.add(alias);
                    acronyms.add(Acronyms.isAcronym(alias));
                    patterns.add(canonical);
                }
            }
        }
        this.automaton = new AhoCorasick(patterns);
        this.vocabulary = new IndexedVocabulary(ProgrammeVocabulary.INSTANCE, normalisedNames);
    }

    static String canonicalText(String text) {
        return canonicalText(text, ProgrammeVocabulary.INSTANCE);
    }

    private static String canonicalText(String text, Vocabulary vocabulary) {
        return WeightedName.canonicalForm(NameNormaliser.normalise(text), vocabulary);
    }

    /** Longest mentions win: one inside a longer one (Thousand Talents in Young Thousand Talents) is dropped. */
    BestHits<ProgrammeEntry> find(String text) {
        String canonical = canonicalTexts.get(text, input -> canonicalText(input, vocabulary));
        List<int[]> mentions = new ArrayList<>();
        automaton.search(canonical, (start, end, id) -> {
            if (isBoundary(canonical, start - 1, start) && isBoundary(canonical, end, end - 1)) {
                mentions.add(new int[] {start, end, id});
            }
        });
        mentions.sort(Comparator.<int[]>comparingInt(m -> m[0] - m[1]).thenComparingInt(m -> m[0]));
        List<int[]> kept = new ArrayList<>();
        BestHits<ProgrammeEntry> hits = new BestHits<>();
        for (int[] mention : mentions) {
            if (kept.stream().noneMatch(k -> k[0] <= mention[0] && mention[1] <= k[1])) {
                kept.add(mention);
                int id = mention[2];
                hits.offer(
                        programmes.get(id),
                        acronyms.get(id) ? ACRONYM_SCORE : 1.0,
                        aliases.get(id),
                        programmes.get(id).name().equals(aliases.get(id)),
                        canonical,
                        MatchMethod.MENTIONED);
            }
        }
        return hits;
    }

    /** Latin words must be whole; CJK names may sit anywhere inside a run of CJK text. */
    private static boolean isBoundary(String text, int outside, int inside) {
        return outside < 0
                || outside >= text.length()
                || text.charAt(outside) == ' '
                || Tokens.isCjk(text.charAt(inside))
                || Tokens.isCjk(text.charAt(outside));
    }
}
