package org.collabscreen.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a text studies a technology from the outside, as the subject of the humanities or social sciences: its
 * heading word is one of ethics, attitudes, perceptions, history or rhetoric ("The ethics of autonomous weapons",
 * "Public attitudes towards facial recognition", "Historia de la criptografía"). Such research does not advance the
 * technology it names, so every term it holds counts like a tool of the work ({@link ToolUse}). Only the first words
 * are read: "attitude control of CubeSats" is a heading word of engineering, not "attitudes".
 */
final class SubjectOfStudy {

    /** Leading words skipped before the heading word ("the", "public", "social"). */
    private static final Set<String> LEADING = Set.of(
            "the", "a", "an", "public", "social", "la", "el", "las", "los", "le", "les", "l", "die", "der", "das");

    private static final Map<TechnologyLanguage, Set<String>> HEADINGS = headings();

    /** The word after a qualified heading word: "of" in the Latin-script languages. */
    private static final Set<String> OF = Set.of("of", "de", "des", "du", "der", "di", "della", "da", "do");

    private static final Set<String> CHINESE_HEADINGS = Set.of("伦理", "法律");

    private SubjectOfStudy() {}

    static boolean in(TechnologyLanguage language, TextTokens tokens) {
        if (language == TechnologyLanguage.ZH) {
            return inChinese(tokens);
        }
        Set<String> headings = HEADINGS.getOrDefault(language, Set.of());
        for (int i = 0; i < tokens.size() && i < 3; i++) {
            String word = tokens.lower()[i];
            if (headings.contains(word)) {
                return true;
            }
            if (!LEADING.contains(word)) {
                // one adjective may qualify the heading word when "of" follows it ("An economic history of …")
                return i + 2 < tokens.size()
                        && headings.contains(tokens.lower()[i + 1])
                        && OF.contains(tokens.lower()[i + 2]);
            }
        }
        return false;
    }

    /**
     * Chinese names the study's subject anywhere in a title, most often at its end: 伦理 (ethics) and 法律 (law) wherever
     * they stand, 历史 (history) as "the history of" (的历史) or a history study (历史分析, 历史研究).
     */
    private static boolean inChinese(TextTokens tokens) {
        String[] bigrams = tokens.lower();
        for (int i = 0; i < bigrams.length; i++) {
            String bigram = bigrams[i];
            if (CHINESE_HEADINGS.contains(bigram)) {
                return true;
            }
            if (bigram.equals("历史")
                    && (i > 0 && bigrams[i - 1].equals("的历")
                            || i + 1 < bigrams.length
                                    && (bigrams[i + 1].equals("史分") || bigrams[i + 1].equals("史研")))) {
                return true;
            }
        }
        return false;
    }

    private static Map<TechnologyLanguage, Set<String>> headings() {
        Map<TechnologyLanguage, List<String>> words = Map.of(
                TechnologyLanguage.EN,
                List.of("ethics", "ethical", "attitudes", "perceptions", "perception", "history", "rhetoric"),
                TechnologyLanguage.ES,
                List.of("ética", "actitudes", "percepción", "percepciones", "historia", "retórica"),
                TechnologyLanguage.FR,
                List.of("éthique", "attitudes", "perception", "perceptions", "histoire", "rhétorique"),
                TechnologyLanguage.DE,
                List.of("ethik", "einstellungen", "wahrnehmung", "geschichte", "rhetorik"),
                TechnologyLanguage.IT,
                List.of("etica", "atteggiamenti", "percezione", "percezioni", "storia", "retorica"),
                TechnologyLanguage.PT,
                List.of("ética", "atitudes", "percepção", "percepções", "história", "retórica"),
                TechnologyLanguage.RU,
                List.of("этика", "восприятие", "история", "риторика"));
        Map<TechnologyLanguage, Set<String>> headings = new EnumMap<>(TechnologyLanguage.class);
        words.forEach((language, list) -> headings.put(
                language,
                list.stream()
                        .map(word -> language == TechnologyLanguage.EN ? TextTokens.of(word) : language.tokens(word))
                        .filter(tokens -> tokens.size() == 1)
                        .map(tokens -> tokens.lower()[0])
                        .collect(java.util.stream.Collectors.toUnmodifiableSet())));
        return headings;
    }
}
