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

    /** A programme named in brackets or after a comma ranks below one named by the whole input. */
    private static final double SEGMENT_FACTOR = 0.97;

    public TalentProgrammeMatcher(List<ProgrammeEntry> programmes) {
        Map<ProgrammeEntry, List<String>> names = new HashMap<>();
        programmes.forEach(rule -> names.put(rule, Romanisation.withRenderings(namesOf(rule))));
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
        BestHits<ProgrammeEntry> hits = new BestHits<>();
        index.searchAcronyms(input, 1.0, rule -> true, hits);
        index.search(NameNormaliser.normalise(input), 1.0, minScore, rule -> true, hits);
        shortForms.search(NameNormaliser.normalise(input), hits);
        for (String part : AffiliationParts.parts(AffiliationParts.segments(input))) {
            index.search(part, SEGMENT_FACTOR, minScore, rule -> true, hits);
        }
        return toMatches(input, hits.ranked(minScore, limit, BY_NAME));
    }

    /** programmes mentioned anywhere in free text (title, description), one match per programme */
    public List<NameMatch> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return toMatches(null, mentions.find(text).ranked(0.0, MAX_MENTIONS, BY_NAME));
    }

    static List<String> namesOf(ProgrammeEntry rule) {
        List<String> names = new ArrayList<>(rule.aliases().size() + 1);
        names.add(rule.name());
        names.addAll(rule.aliases());
        return names;
    }

    /** With the input as typed, explained step by step; a mention in free text names its method only. */
    private static List<NameMatch> toMatches(String input, List<BestHits.Hit<ProgrammeEntry>> hits) {
        List<NameMatch> matches = new ArrayList<>(hits.size());
        for (BestHits.Hit<ProgrammeEntry> hit : hits) {
            List<String> steps = input == null
                    ? List.of(hit.method().description())
                    : MatchExplanation.of(input, hit, ProgrammeVocabulary.INSTANCE);
            matches.add(new NameMatch(hit.rule().id(), hit.score(), hit.alias(), steps));
        }
        return matches;
    }
}
