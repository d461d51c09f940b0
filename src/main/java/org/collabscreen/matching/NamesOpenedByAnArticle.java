package org.collabscreen.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name read in a sentence that a capitalised word of the sentence opens before a lower-case article: an adverb that
 * begins the sentence ("Ayer la Universidad de Zhejiang …", "Hoy el Instituto …") or a German noun before a genitive
 * ("eine Delegation der Universität Wuhan"). The name begins after the article when every word before it is
 * distinctive: an organisation or subject word before the article makes it one name ("Institut für Festkörperphysik
 * der Russischen Akademie …", "Instituto de Física de la Academia …" has a joining word first).
 */
final class NamesOpenedByAnArticle {

    private NamesOpenedByAnArticle() {}

    /** Where the name begins: after the first lower-case word when it is an article with no name word before it. */
    static int start(List<String> name, Set<String> articles, Vocabulary vocabulary) {
        for (int i = 1; i + 1 < name.size(); i++) {
            String word = name.get(i);
            if (Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            if (!articles.contains(word.toLowerCase(Locale.ROOT))) {
                return 0;
            }
            for (String before : name.subList(0, i)) {
                if (!isDistinctive(before, vocabulary)) {
                    return 0;
                }
            }
            return i + 1;
        }
        return 0;
    }

    private static boolean isDistinctive(String word, Vocabulary vocabulary) {
        String normalised = NameNormaliser.normalise(word);
        if (normalised.isEmpty()) {
            return false;
        }
        for (String token : normalised.split(" ")) {
            if (vocabulary.weight(vocabulary.correctTypo(vocabulary.canonical(token))) < Vocabulary.DISTINCTIVE) {
                return false;
            }
        }
        return true;
    }
}
