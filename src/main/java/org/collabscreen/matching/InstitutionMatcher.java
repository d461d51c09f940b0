package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.InstitutionRule;

/** Resolves an institution name or affiliation string to rulebook institutions, gated by country. */
public final class InstitutionMatcher {

    /** A match found in one segment of an affiliation ranks below the same match on the whole input. */
    private static final double SEGMENT_FACTOR = 0.97;
    private static final int MAX_PARENT_DEPTH = 8;
    private static final Comparator<InstitutionRule> BY_NAME =
            Comparator.comparing(InstitutionRule::name)
                    .thenComparing(InstitutionRule::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final NameIndex<InstitutionRule> index;
    private final Map<UUID, InstitutionRule> byId = new HashMap<>();

    public InstitutionMatcher(List<InstitutionRule> institutions) {
        this.index = new NameIndex<>(institutions, InstitutionMatcher::namesOf, InstitutionVocabulary.INSTANCE);
        institutions.forEach(rule -> byId.put(rule.id(), rule));
    }

    /** best first; empty when nothing passes minScore; country (ISO alpha-2) may be null = unknown */
    public List<InstitutionMatch> match(String name, String country, double minScore, int limit) {
        if (name == null || name.isBlank() || limit <= 0) {
            return List.of();
        }
        String input = name.strip();
        BestHits<InstitutionRule> hits = new BestHits<>();
        index.searchAcronyms(input, 1.0, acronymGate(country), hits);
        Predicate<InstitutionRule> gate = countryGate(country);
        List<String> segments = AffiliationParts.segments(input);
        if (country != null && !country.isBlank() && segments.size() > 1) {
            // an acronym beside its city or region ("HIT, Harbin, China") has the context it needs
            segments.forEach(segment -> index.searchAcronyms(segment, SEGMENT_FACTOR, acronymGate(country), hits));
        }
        String whole = NameNormaliser.normalise(input);
        if (segments.size() > 2) {
            index.searchExact(whole, 1.0, gate, hits);
        } else {
            index.search(whole, 1.0, minScore, gate, hits);
        }
        for (String part : AffiliationParts.parts(segments)) {
            index.search(part, SEGMENT_FACTOR, minScore, gate, hits);
        }
        List<InstitutionMatch> matches = new ArrayList<>();
        for (BestHits.Hit<InstitutionRule> hit : hits.ranked(minScore, limit, unitsFirst(hits))) {
            String alias = MatchExplanation.reportedAlias(input, hit, namesOf(hit.rule()));
            BestHits.Hit<InstitutionRule> reported = new BestHits.Hit<>(hit.rule(), hit.score(), alias, hit.primary(),
                    hit.searched(), hit.method());
            matches.add(new InstitutionMatch(hit.rule(), hit.score(), alias,
                    MatchExplanation.of(input, reported, InstitutionVocabulary.INSTANCE)));
        }
        return matches;
    }

    /** On equal scores a sub-unit ranks above its parent: the affiliation names the unit. */
    private Comparator<InstitutionRule> unitsFirst(BestHits<InstitutionRule> hits) {
        return Comparator.comparing((InstitutionRule rule) -> rule.parentId() == null
                || !hits.contains(byId.get(rule.parentId()))).thenComparing(BY_NAME);
    }

    private Predicate<InstitutionRule> countryGate(String country) {
        if (country == null || country.isBlank()) {
            return rule -> true;
        }
        String wanted = country.strip();
        return rule -> {
            String own = countryOf(rule);
            return own == null || own.equalsIgnoreCase(wanted);
        };
    }

    /** A sub-unit listed without a country is in its parent's: "Institute of Physics" of CAS is in CN. */
    private String countryOf(InstitutionRule rule) {
        InstitutionRule current = rule;
        for (int depth = 0; current != null && depth < MAX_PARENT_DEPTH; depth++) {
            if (current.country() != null) {
                return current.country();
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return null;
    }

    private static Predicate<InstitutionRule> acronymGate(String country) {
        if (country == null || country.isBlank()) {
            return rule -> true;
        }
        String wanted = country.strip();
        return rule -> wanted.equalsIgnoreCase(rule.country());
    }

    private static List<String> namesOf(InstitutionRule rule) {
        List<String> names = new ArrayList<>(rule.aliases().size() + 1);
        names.add(rule.name());
        names.addAll(rule.aliases());
        return names;
    }
}
