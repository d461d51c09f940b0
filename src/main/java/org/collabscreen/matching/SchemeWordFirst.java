package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Spanish, French, Italian and Portuguese write the scheme word before the programme's own name and go on with "de",
 * "of" and the sponsor or the place ("Participante del Plan Tianma de la provincia de …", "programme Xinghe du
 * ministère"): the scheme word and the one to three words after it, up to the next linking word, read as a name.
 */
final class SchemeWordFirst {

    /** The linking words that end the name after the scheme word, or may stand right before it. */
    private static final Set<String> LINKS = Set.of(
            "de", "del", "des", "du", "di", "da", "do", "della", "dello", "la", "le", "el", "il", "lo", "los", "las",
            "les", "al", "au", "of", "the", "for", "para", "pour", "per", "por", "en", "in", "y", "et", "e", "and");

    private static final int MAX_NAME_WORDS = 3;

    private SchemeWordFirst() {}

    /**
     * Each scheme word that starts the text or follows a linking word, with the words after it up to the next linking
     * word or the end, when they are one to {@link #MAX_NAME_WORDS} and the text goes on around them; normalised.
     */
    static List<String> names(String normalised) {
        String[] words = normalised.split(" ");
        List<String> names = new ArrayList<>(0);
        for (int i = 0; i + 1 < words.length; i++) {
            if (!ProgrammeVocabulary.INSTANCE.canonical(words[i]).equals("plan")
                    || i > 0 && !LINKS.contains(words[i - 1])) {
                continue;
            }
            int end = i + 1;
            while (end < words.length && !LINKS.contains(words[end])) {
                end++;
            }
            int nameWords = end - i - 1;
            if (nameWords >= 1 && nameWords <= MAX_NAME_WORDS && (i > 0 || end < words.length)) {
                names.add(String.join(" ", List.of(words).subList(i, end)));
            }
        }
        return names;
    }
}
