package org.collabscreen.rulebook.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.collabscreen.rulebook.ProgrammeMatch;
import org.collabscreen.rulebook.TalentProgrammeRule;

/** Resolves talent-programme names as typed by users, and finds programmes mentioned in free text. */
public final class TalentProgrammeMatcher {

    private static final int MAX_MENTIONS = 100;
    private static final Comparator<TalentProgrammeRule> BY_NAME =
            Comparator.comparing(TalentProgrammeRule::name)
                    .thenComparing(TalentProgrammeRule::code, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final NameIndex<TalentProgrammeRule> index;
    private final ProgrammeMentions mentions;

    public TalentProgrammeMatcher(List<TalentProgrammeRule> programmes) {
        this.index = new NameIndex<>(programmes, TalentProgrammeMatcher::namesOf, ProgrammeVocabulary.INSTANCE);
        this.mentions = new ProgrammeMentions(programmes);
    }

    /** a programme name as typed by a user, best first */
    public List<ProgrammeMatch> match(String name, double minScore, int limit) {
        if (name == null || name.isBlank() || limit <= 0) {
            return List.of();
        }
        String input = name.strip();
        BestHits<TalentProgrammeRule> hits = new BestHits<>();
        index.searchAcronyms(input, rule -> true, hits);
        index.search(NameNormaliser.normalise(input), 1.0, minScore, rule -> true, hits);
        return toMatches(hits.ranked(minScore, limit, BY_NAME));
    }

    /** programmes mentioned anywhere in free text (title, description), one match per programme */
    public List<ProgrammeMatch> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return toMatches(mentions.find(text).ranked(0.0, MAX_MENTIONS, BY_NAME));
    }

    static List<String> namesOf(TalentProgrammeRule rule) {
        List<String> names = new ArrayList<>(rule.aliases().size() + 1);
        names.add(rule.name());
        names.addAll(rule.aliases());
        return names;
    }

    private static List<ProgrammeMatch> toMatches(List<BestHits.Hit<TalentProgrammeRule>> hits) {
        List<ProgrammeMatch> matches = new ArrayList<>(hits.size());
        for (BestHits.Hit<TalentProgrammeRule> hit : hits) {
            matches.add(new ProgrammeMatch(hit.rule(), hit.score(), hit.alias()));
        }
        return matches;
    }
}
