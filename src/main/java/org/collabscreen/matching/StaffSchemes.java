package org.collabscreen.matching;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Employers call their own recruiting and training schemes by the same words ("our Hundred Talents leadership
 * academy", "the Thousand Talents graduate hiring drive", "programa de mentoría"): a declaration that speaks of human
 * resources, of training, mentoring or hiring a firm's staff, or of a slogan or a job fair, and names no scheme of the
 * state, names no talent programme; nor does a scheme word right before or after a word of training or hiring ("…
 * leadership training programme", "programme de formation").
 */
final class StaffSchemes {

    /** Phrases of a firm's own staff: its HR, its training, its hiring, its slogans and fairs. */
    private static final Pattern STAFF = Pattern.compile("(?<![\\p{L}])(?:hr|human resources|leadership academy"
            + "|training academy|corporate academy|training track|graduate hiring|hiring drive|campus hiring"
            + "|management trainees?|graduate trainees?|onboarding|tagline|slogan|job fair|career fair|recruitment fair"
            + "|our company s|the company s|the firm s|our firm s|in house|internal (?:graduate|talent|training|hiring)"
            + "|mentoria|mentorat|mentoring|mentorship)(?![\\p{L}])");

    /** Words of training or hiring a scheme word stands beside when the scheme is a firm's own. */
    private static final Set<String> STAFF_WORDS = Set.of(
            "training",
            "leadership",
            "mentoring",
            "mentorship",
            "mentoria",
            "mentorat",
            "internship",
            "trainee",
            "trainees",
            "onboarding",
            "hiring",
            "graduate",
            "formacion",
            "formation",
            "formazione",
            "ausbildung",
            "fuhrungskrafte");

    /** Words between a scheme word and the word it is for ("programa de mentoría", "programme of training"). */
    private static final Set<String> LINKS = Set.of("de", "di", "of", "d", "der", "for");

    private StaffSchemes() {}

    /** Whether the normalised declaration speaks of a firm's own staff scheme. */
    static boolean named(String normalised) {
        String[] words = normalised.split(" ");
        boolean scheme = false;
        for (int i = 0; i < words.length; i++) {
            if (!ProgrammeVocabulary.INSTANCE.canonical(words[i]).equals("plan")) {
                continue;
            }
            scheme = true;
            boolean before = i > 0 && STAFF_WORDS.contains(words[i - 1]);
            boolean after = i + 1 < words.length && STAFF_WORDS.contains(words[i + 1])
                    || i + 2 < words.length && LINKS.contains(words[i + 1]) && STAFF_WORDS.contains(words[i + 2]);
            if (before || after) {
                return true;
            }
        }
        return !scheme && STAFF.matcher(normalised).find();
    }
}
