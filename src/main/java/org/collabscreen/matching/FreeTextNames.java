package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names inside free text rather than an affiliation: a consortium list gives each partner's country as an ISO code in brackets
 * ("Name (XX); Other (YY)"), and a news sentence names an organisation as a run of capitalised words among lower-case
 * ones ("Staff from the Name of Something in City said …"), maybe after a possessive ("Country's Name …") that is no
 * part of it. Each reading is bounded: at most {@link #MAX_RUNS} runs,
 * read only from the first {@link #MAX_SCANNED} characters.
 */
final class FreeTextNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.'’&-]*");

    /** Lower-case words that join the capitalised words of one name. */
    private static final Set<String> JOINING = Set.of("of", "and", "for", "&", "de", "di", "da", "del", "der", "für");

    /**
     * Lower-case words that a name holds too ("Institute of Physics of the Academy in City"): only other lower-case
     * words (verbs, nouns) make a sentence.
     */
    private static final Set<String> NAME_WORDS = Set.of(
            "of", "and", "for", "the", "a", "an", "in", "at", "on", "to", "de", "di", "da", "del", "der", "des", "du",
            "la", "le", "les", "von", "zu", "y", "e", "et", "und", "für");

    /** A sentence has at least this many words, and this many lower-case words a name does not hold. */
    private static final int MIN_SENTENCE_WORDS = 6;

    private static final int MIN_SENTENCE_LOWER_CASE = 2;

    /** The prepositions a lead names a place of work or a giver with. */
    private static final Set<String> LEAD_PREPOSITIONS = Set.of("at", "by", "with", "from", "in");

    private static final int MAX_RUNS = 8;
    private static final int MAX_SCANNED = 400;

    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private FreeTextNames() {}

    /** The country a segment names as a two-letter ISO code in capitals ("CN", "DE"); null when it is none. */
    static String countryCode(String segment) {
        String code = segment.strip();
        return code.length() == 2
                        && Character.isUpperCase(code.charAt(0))
                        && Character.isUpperCase(code.charAt(1))
                        && COUNTRY_CODES.contains(code)
                ? code
                : null;
    }

    /**
     * The runs of two or more capitalised words (joined by "of", "and", …) in a segment that reads as a sentence, as
     * written; empty for a segment that is a name, all capitalised words, or too short to be a sentence.
     */
    static List<String> capitalisedRuns(String segment) {
        String text = segment.length() > MAX_SCANNED ? segment.substring(0, MAX_SCANNED) : segment;
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        if (words.size() < MIN_SENTENCE_WORDS
                || words.stream().filter(FreeTextNames::isSentenceWord).count() < MIN_SENTENCE_LOWER_CASE) {
            return List.of();
        }
        Set<String> runs = new LinkedHashSet<>();
        List<String> run = new ArrayList<>();
        for (String word : words) {
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            if (capitalised && run.isEmpty() && isPossessive(word)) {
                continue;
            }
            if (capitalised || (!run.isEmpty() && JOINING.contains(word.toLowerCase(Locale.ROOT)))) {
                run.add(word);
                continue;
            }
            addRun(run, runs);
            run.clear();
            if (runs.size() == MAX_RUNS) {
                return List.copyOf(runs);
            }
        }
        addRun(run, runs);
        return runs.stream().limit(MAX_RUNS).toList();
    }

    /**
     * The name a CV line or a note introduces after a lead of lower-case words ("Guest researcher at Name", "Equipment
     * donated by Name", "Research stay 2019-2021 at Name", "Co-applicant affiliation: Name", "Instructor at the
     * Name"): the text after the lead's last preposition (and an article after it) or colon, when it starts with a capital or a Han character ("came from 北航"); null when the
     * segment has no such lead. A name that holds a preposition ("Institute of Physics at Name University") is no lead:
     * its words before it are capitalised.
     */
    static String afterLead(String segment) {
        if (segment.length() > MAX_SCANNED) {
            return null;
        }
        String[] words = segment.strip().split("\\s+");
        String named = null;
        for (int i = 1; i + 1 < words.length; i++) {
            String word = words[i];
            boolean colon = word.endsWith(":") && word.length() > 1;
            if (!colon && !isLowerCaseWord(word)) {
                return named;
            }
            if (colon || LEAD_PREPOSITIONS.contains(word)) {
                // "Instructor at the Name Academy": the article is no part of the name
                int from = words[i + 1].equals("the") && i + 2 < words.length ? i + 2 : i + 1;
                String next = words[from];
                named = Character.isUpperCase(next.charAt(0)) || Tokens.containsCjk(next.substring(0, 1))
                        ? String.join(" ", Arrays.asList(words).subList(from, words.length))
                        : named;
                if (colon) {
                    return named;
                }
            }
        }
        return named;
    }

    /** A lower-case word or a number, as a lead holds ("researcher", "2019-2021"). */
    private static boolean isLowerCaseWord(String word) {
        char first = word.charAt(0);
        return Character.isLowerCase(first) || Character.isDigit(first);
    }

    /** A possessive before a name ("China's Name University") owns it and is no part of it. */
    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    private static boolean isSentenceWord(String word) {
        return Character.isLowerCase(word.charAt(0)) && !NAME_WORDS.contains(word);
    }

    private static void addRun(List<String> run, Set<String> runs) {
        int end = run.size();
        while (end > 0 && !Character.isUpperCase(run.get(end - 1).charAt(0))) {
            end--;
        }
        long capitalised = run.subList(0, end).stream()
                .filter(word -> Character.isUpperCase(word.charAt(0)))
                .count();
        if (capitalised >= 2) {
            runs.add(String.join(" ", run.subList(0, end)));
        }
    }
}
