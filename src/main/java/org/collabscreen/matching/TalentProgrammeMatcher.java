package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves talent-programme names as typed by users, and finds programmes mentioned in free text. */
public final class TalentProgrammeMatcher {

    private static final int MAX_MENTIONS = 100;
    private static final Comparator<ProgrammeEntry> BY_NAME = Comparator.comparing(ProgrammeEntry::name)
            .thenComparing(ProgrammeEntry::code, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final NameIndex<ProgrammeEntry> index;
    private final ProgrammeMentions mentions;
    private final CjkShortForms<ProgrammeEntry> shortForms;
    /** Each native name's pinyin with its syllable boundaries removed, and the native name it renders. */
    private final Map<String, String> joinedPinyin = new HashMap<>();

    private final PinyinShortForms<ProgrammeEntry> pinyinShortForms = new PinyinShortForms<>();

    /** A programme named in brackets or after a comma ranks below one named by the whole input. */
    private static final double SEGMENT_FACTOR = 0.97;

    public TalentProgrammeMatcher(List<ProgrammeEntry> programmes) {
        Map<ProgrammeEntry, List<String>> names = new HashMap<>();
        programmes.forEach(rule -> names.put(rule, withJoinedPinyin(rule, namesOf(rule))));
        this.index = new NameIndex<>(programmes, names::get, ProgrammeVocabulary.INSTANCE);
        this.mentions = new ProgrammeMentions(programmes);
        this.shortForms = new CjkShortForms<>(programmes, TalentProgrammeMatcher::namesOf);
    }

    /** a programme name as typed by a user, best first */
    public List<NameMatch> match(String name, double minScore, int limit) {
        if (name == null || name.isBlank() || limit <= 0) {
            return List.of();
        }
        String input = name.strip();
        String normalised = NameNormaliser.normalise(input);
        // ranked by name on equal scores, never by presence: an offer below minScore can go
        BestHits<ProgrammeEntry> hits = new BestHits<>(minScore, rule -> false);
        index.searchAcronyms(input, normalised, 1.0, rule -> true, hits);
        index.search(normalised, 1.0, minScore, rule -> true, hits);
        shortForms.search(normalised, hits);
        String joined = PinyinSyllables.joined(normalised);
        if (joined != null) {
            index.search(joined, 1.0, minScore, rule -> true, hits);
            pinyinShortForms.search(joined, hits);
        }
        for (String part : AffiliationParts.parts(AffiliationParts.segments(input))) {
            index.search(part, SEGMENT_FACTOR, minScore, rule -> true, hits);
        }
        String head = headBeforeTarget(normalised);
        if (head != null) {
            index.search(head, SEGMENT_FACTOR, minScore, rule -> true, hits);
        }
        return toMatches(input, normalised, hits.ranked(minScore, limit, BY_NAME));
    }

    /**
     * The name before a trailing "for …" that says whom the programme is for ("Shenzhen Peacock Plan for overseas
     * high-level talents", "Chunhui Plan … for overseas Chinese scholars"), when two words at least come before it;
     * null when there is none. It ranks like a segment, below a programme named by the whole input.
     */
    private static String headBeforeTarget(String normalised) {
        int cut = normalised.lastIndexOf(" for ");
        if (cut < 0 || normalised.lastIndexOf(' ', cut - 1) < 0) {
            return null;
        }
        return normalised.substring(0, cut);
    }

    /** programmes mentioned anywhere in free text (title, description), one match per programme */
    public List<NameMatch> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return toMatches(null, null, mentions.find(text).ranked(0.0, MAX_MENTIONS, BY_NAME));
    }

    /** The names, their Latin renderings, and each pinyin rendering again with its syllable boundaries removed. */
    private List<String> withJoinedPinyin(ProgrammeEntry rule, List<String> declared) {
        List<String> names = new ArrayList<>(Romanisation.withRenderings(declared));
        for (String name : declared) {
            for (String rendering : Romanisation.of(name)) {
                String joined = PinyinSyllables.joined(NameNormaliser.normalise(rendering));
                if (joined != null && !names.contains(joined)) {
                    joinedPinyin.putIfAbsent(joined, name);
                    names.add(joined);
                    pinyinShortForms.add(rule, joined);
                }
            }
        }
        return names;
    }

    static List<String> namesOf(ProgrammeEntry rule) {
        List<String> names = new ArrayList<>(rule.aliases().size() + 1);
        names.add(rule.name());
        names.addAll(rule.aliases());
        return names;
    }

    /**
     * With the input as typed, explained step by step; a mention in free text names its method only. A match of
     * pinyin with its syllables joined reports the native name it renders.
     */
    private List<NameMatch> toMatches(String input, String normalised, List<BestHits.Hit<ProgrammeEntry>> hits) {
        List<NameMatch> matches = new ArrayList<>(hits.size());
        for (BestHits.Hit<ProgrammeEntry> hit : hits) {
            String nativeName = joinedPinyin.get(hit.alias());
            if (nativeName != null) {
                List<String> steps = List.of(
                        hit.method().description(),
                        "pinyin compared without syllable boundaries: \"" + hit.searched() + "\"",
                        "pinyin of " + nativeName + " by ICU's Han-Latin transform");
                matches.add(new NameMatch(hit.rule().id(), hit.score(), nativeName, steps));
                continue;
            }
            List<String> steps = input == null
                    ? List.of(hit.method().description())
                    : MatchExplanation.of(input, normalised, hit, index.vocabulary());
            matches.add(new NameMatch(hit.rule().id(), hit.score(), hit.alias(), steps));
        }
        return matches;
    }
}
