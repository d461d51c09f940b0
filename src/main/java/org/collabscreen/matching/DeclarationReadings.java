package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readings of a programme declaration that {@link TalentProgrammeMatcher} searches beside the whole text: its
 * segments, a quoted name, a name after the holder's role, the name before whom it is for or before the holder's tier,
 * leading pinyin, the name without its age word. Each is a plain reading of the text; none looks a programme up.
 */
final class DeclarationReadings {

    /** A name in double quotes or guillemets, of two words at least. */
    private static final Pattern QUOTED = Pattern.compile("[\"“”«»„]([^\"“”«»„]{3,}?)[\"“”«»„]");

    /**
     * A name in single quotes followed by its holder's title, perhaps after a rank ("a 'Widget Talents' distinguished
     * professor"): the quote is no apostrophe, as it opens and closes beside no letter.
     */
    private static final Pattern QUOTED_HOLDER = Pattern.compile("(?<!\\p{L})['‘]([^'‘’]{3,60}?)['’](?!\\p{L})\\s+"
            + "(?:(?:distinguished|chair|chaired|chief|visiting|part-time|full-time|young)\\s+)*"
            + "(?:scholar|professor|professorship|expert|fellow|appointment|appointee)s?\\b");

    /**
     * A programme's acronym after the words that put a holder under it or in it ("… expert under the WTP", "participated
     * in TTP", "member of the WTP"), or before the word for taking part ("TTP participant", "a TTP contract").
     */
    private static final Pattern ACRONYM_HELD = Pattern.compile("\\b(?:(?:under|via|through) the"
            + "|(?:participated|participating|participation|participant|enrolled) in(?: the)?"
            + "|member of(?: the)?|joined(?: the)?|selected (?:for|into)(?: the)?) (\\p{Lu}{2,6})\\b"
            + "|\\b(\\p{Lu}{2,6}) (?:participants?|participation|member|membership|awardee|recipient|contract|grantee|scholar"
            + "|fellow|expert|laureate|holder)\\b");

    private DeclarationReadings() {}

    /**
     * The names a declaration quotes in single quotes before the holder's title, each read with the scheme word in the
     * title's place, normalised ("a 'Widget Talents' distinguished professor" → "widget talents plan").
     */
    static List<String> quotedHoldersSchemes(String input) {
        List<String> schemes = new ArrayList<>(0);
        Matcher matcher = QUOTED_HOLDER.matcher(input);
        while (matcher.find()) {
            String name = NameNormaliser.normalise(matcher.group(1));
            if (name.indexOf(' ') > 0) {
                schemes.add(name + " plan");
            }
        }
        return schemes;
    }

    /** The acronyms a declaration puts a holder under or in ("under the WTP"), as written; empty when none. */
    static List<String> acronymsHeldUnder(String input) {
        List<String> acronyms = new ArrayList<>(0);
        Matcher matcher = ACRONYM_HELD.matcher(input);
        while (matcher.find()) {
            acronyms.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return acronyms;
    }

    /**
     * The whole name, its Latin rendering when it is in Cyrillic, and, when it has several, each of its comma- or
     * bracket-separated segments: a declaration goes on after the programme's name ("…, professor visitante", "(青年长江学者),
     * 2019"), and the rules that read a name's known words or drop its age word read each segment too.
     */
    static List<String> readings(String normalised, String latin, List<String> segments) {
        List<String> readings = new ArrayList<>();
        readings.add(normalised);
        if (!latin.isEmpty()) {
            readings.add(latin);
        }
        if (segments.size() > 1) {
            segments.stream().filter(segment -> !segment.isEmpty()).forEach(readings::add);
        }
        return readings;
    }

    /**
     * The names the input quotes in double quotes or guillemets, normalised: a declaration quotes the programme's name
     * and goes on with the holder's tier or team (Guangdong "Pearl River Talents" introduced innovative team), as
     * Chinese does (广东省“珠江人才计划”引进创新团队).
     */
    static List<String> quotedNames(String input) {
        List<String> quoted = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(input);
        while (matcher.find()) {
            String name = NameNormaliser.normalise(matcher.group(1));
            if (name.indexOf(' ') > 0) {
                quoted.add(name);
            }
        }
        return quoted;
    }

    /**
     * Each segment of a declaration after a label and its colon ("Bio: Qian Ren scholar"), normalised, where the input
     * has more than one segment or a label: its leading words may be a name in pinyin ({@link #leadingPinyinRuns}), as
     * those of the whole input are.
     */
    static List<String> labelledPinyinSegments(String input) {
        List<String> segments = AffiliationParts.segments(input);
        List<String> read = new ArrayList<>(0);
        for (String segment : segments) {
            int colon = segment.indexOf(':');
            if (colon < 0 && segments.size() < 2) {
                continue;
            }
            read.add(NameNormaliser.normalise(segment.substring(colon + 1)));
        }
        return read;
    }

    /** Each run of two or more leading words that are all pinyin, as written, when other words follow; longest first. */
    static List<String> leadingPinyinRuns(String normalised) {
        String[] words = normalised.split(" ");
        List<String> runs = new ArrayList<>();
        for (int end = words.length - 1; end >= 2; end--) {
            String leading = String.join(" ", Arrays.copyOf(words, end));
            if (PinyinSyllables.joined(leading) != null) {
                runs.add(leading);
            }
        }
        return runs;
    }

    /** The name without the words that say the holder is young (young, youth, jóvenes, 青年); the same if it has none. */
    static String withoutAgeWord(String normalised) {
        StringBuilder kept = new StringBuilder(normalised.length());
        for (String token : normalised.replace("青年", " ").split(" ")) {
            if (!token.isEmpty()
                    && !ProgrammeVocabulary.INSTANCE.canonical(token).equals("young")) {
                kept.append(kept.length() == 0 ? "" : " ").append(token);
            }
        }
        return kept.toString();
    }

    /**
     * The name before a trailing "for …" that says whom the programme is for ("Shenzhen Peacock Plan for overseas
     * high-level talents", "Chunhui Plan … for overseas Chinese scholars"), when two words at least come before it;
     * null when there is none. It ranks like a segment, below a programme named by the whole input.
     */
    static String headBeforeTarget(String normalised) {
        int cut = normalised.lastIndexOf(" for ");
        if (cut < 0 || normalised.lastIndexOf(' ', cut - 1) < 0) {
            return null;
        }
        return normalised.substring(0, cut);
    }

    /**
     * The programme's name after a holder's role and "of" ("Visiting Chair Professor of the Changjiang Scholars
     * Programme"): the words after the last "of", when they end in a scheme word and are two at least, as a
     * programme is written after the post it grants; null otherwise.
     */
    static String nameAfterHoldersRole(String normalised) {
        int cut = normalised.lastIndexOf(" of ");
        if (cut < 0) {
            return null;
        }
        String tail = normalised.substring(cut + " of ".length());
        if (tail.startsWith("the ")) {
            tail = tail.substring("the ".length());
        }
        String[] words = tail.split(" ");
        boolean endsInScheme =
                ProgrammeVocabulary.INSTANCE.canonical(words[words.length - 1]).equals("plan");
        return words.length >= 2 && endsInScheme ? tail : null;
    }

    /**
     * The name up to its first scheme word (plan, programme, project, jihua, 计划 …) and a number right after it, when
     * words follow: a programme's name ends there, and what follows is the holder's tier or role ("Zhujiang Talent
     * Plan local innovative team", "Project 111 overseas academic master"). Null when it has fewer than two words.
     */
    static String headEndingWithScheme(String reading) {
        String[] words = reading.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (ProgrammeVocabulary.INSTANCE.canonical(words[i]).equals("plan")) {
                int end = Tokens.isNumeric(words[i + 1]) ? i + 2 : i + 1;
                return end >= 2 && end < words.length ? String.join(" ", Arrays.copyOf(words, end)) : null;
            }
        }
        return null;
    }
}
