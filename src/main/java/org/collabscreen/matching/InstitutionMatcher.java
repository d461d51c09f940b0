package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Resolves an institution name or affiliation string to institutions, gated by country. */
public final class InstitutionMatcher {

    /** A match found in one segment of an affiliation ranks below the same match on the whole input. */
    private static final double SEGMENT_FACTOR = 0.97;

    private static final int MAX_PARENT_DEPTH = 8;
    private static final Comparator<InstitutionEntry> BY_NAME = Comparator.comparing(InstitutionEntry::name)
            .thenComparing(InstitutionEntry::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final NameIndex<InstitutionEntry> index;
    private final Map<UUID, InstitutionEntry> byId = new HashMap<>();
    /** Every name of each entry, with the Latin renderings of its native names ({@link Romanisation}). */
    private final Map<InstitutionEntry, List<String>> names = new HashMap<>();

    public InstitutionMatcher(List<InstitutionEntry> institutions) {
        institutions.forEach(rule -> names.put(rule, Romanisation.withRenderings(namesOf(rule))));
        this.index = new NameIndex<>(institutions, names::get, InstitutionVocabulary.INSTANCE);
        institutions.forEach(rule -> byId.put(rule.id(), rule));
    }

    /** best first; empty when nothing passes minScore; country (ISO alpha-2) may be null = unknown */
    public List<NameMatch> match(String name, String country, double minScore, int limit) {
        if (name == null || name.isBlank() || limit <= 0) {
            return List.of();
        }
        String input = name.strip();
        BestHits<InstitutionEntry> hits = new BestHits<>();
        index.searchAcronyms(input, 1.0, acronymGate(country), hits);
        Predicate<InstitutionEntry> gate = countryGate(country);
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
        Set<String> placed = PlaceEvidence.countries(input);
        List<NameMatch> matches = new ArrayList<>();
        for (BestHits.Hit<InstitutionEntry> hit : hits.ranked(minScore, Integer.MAX_VALUE, unitsFirst(hits))) {
            if (matches.size() == limit) {
                break;
            }
            String alias = MatchExplanation.reportedAlias(input, hit, names.get(hit.rule()));
            if (!placedWhereListed(placed, hit.rule(), alias)) {
                continue;
            }
            BestHits.Hit<InstitutionEntry> reported =
                    new BestHits.Hit<>(hit.rule(), hit.score(), alias, hit.primary(), hit.searched(), hit.method());
            matches.add(new NameMatch(
                    hit.rule().id(),
                    hit.score(),
                    alias,
                    MatchExplanation.of(input, reported, InstitutionVocabulary.INSTANCE)));
        }
        return matches;
    }

    /**
     * Whether the places the input names allow this entry: a name that carries no place of its own ("National Defense
     * University", "Institute of Physics") is not taken for a listed entry in another country than every place the
     * input names ("…, Helsinki", "…, Czech Academy of Sciences"). A name that names its own country's place
     * ("Harbin Institute of Technology") is kept wherever the input says it is.
     */
    private boolean placedWhereListed(Set<String> placed, InstitutionEntry rule, String alias) {
        String country = countryOf(rule);
        if (placed.isEmpty() || country == null || placed.contains(country)) {
            return true;
        }
        return PlaceEvidence.countries(alias).contains(country) || !Tokens.isLatin(alias);
    }

    /** On equal scores a sub-unit ranks above its parent: the affiliation names the unit. */
    private Comparator<InstitutionEntry> unitsFirst(BestHits<InstitutionEntry> hits) {
        return Comparator.comparing(
                        (InstitutionEntry rule) -> rule.parentId() == null || !hits.contains(byId.get(rule.parentId())))
                .thenComparing(BY_NAME);
    }

    private Predicate<InstitutionEntry> countryGate(String country) {
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
    private String countryOf(InstitutionEntry rule) {
        InstitutionEntry current = rule;
        for (int depth = 0; current != null && depth < MAX_PARENT_DEPTH; depth++) {
            if (current.country() != null) {
                return current.country();
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return null;
    }

    private static Predicate<InstitutionEntry> acronymGate(String country) {
        if (country == null || country.isBlank()) {
            return rule -> true;
        }
        String wanted = country.strip();
        return rule -> wanted.equalsIgnoreCase(rule.country());
    }

    private static List<String> namesOf(InstitutionEntry rule) {
        List<String> names = new ArrayList<>(rule.aliases().size() + 1);
        names.add(rule.name());
        names.addAll(rule.aliases());
        return names;
    }
}
