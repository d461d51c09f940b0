package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** An institution being assembled from several lists: names, aliases, listings and parent. */
final class InstitutionDraft {

    /**
     * A list membership before the institution id is known.
     *
     * @param editions    the edition or editions of the list that carry it
     * @param editionDate the date of the latest of them (ISO 8601, as precise as the source gives it)
     */
    record Listing(
            String listCode,
            String status,
            String editions,
            String editionDate,
            String rating,
            String nameAsListed,
            String sourceName,
            String sourceUrl) {

        Listing {
            for (String[] field :
                    new String[][] {{"source URL", sourceUrl}, {"list edition", editions}, {"edition date", editionDate}
                    }) {
                if (field[1] == null || field[1].isBlank()) {
                    throw new MissingProvenanceException(listCode, "row '" + nameAsListed + "'", "no " + field[0]);
                }
            }
        }
    }

    private final String name;
    private final String country;
    /** Aliases by their lower-case form; the first spelling seen is kept. */
    private final Map<String, String> aliases = new LinkedHashMap<>();

    private final List<Listing> listings = new ArrayList<>();
    private InstitutionDraft parent;

    InstitutionDraft(String name, String country) {
        this.name = name;
        this.country = country;
    }

    /** Adds an alias unless blank, equal to the name, or already present (case-insensitively). */
    void addAlias(String alias) {
        if (alias == null || alias.isBlank() || alias.strip().equalsIgnoreCase(name)) {
            return;
        }
        String text = alias.strip();
        aliases.putIfAbsent(text.toLowerCase(Locale.ROOT), text);
    }

    void addListing(Listing listing) {
        boolean known = listings.stream()
                .anyMatch(l -> l.listCode().equals(listing.listCode())
                        && l.nameAsListed().equals(listing.nameAsListed())
                        && String.valueOf(l.editions()).equals(String.valueOf(listing.editions())));
        if (!known) {
            listings.add(listing);
        }
    }

    void parent(InstitutionDraft value) {
        if (parent == null && value != null && value != this && !value.isDescendantOf(this)) {
            parent = value;
        }
    }

    private boolean isDescendantOf(InstitutionDraft ancestor) {
        for (InstitutionDraft p = parent; p != null; p = p.parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    UUID id() {
        return SeedId.of("institution", (country == null ? "??" : country) + ":" + NameKey.of(name));
    }

    String name() {
        return name;
    }

    String country() {
        return country;
    }

    RulebookSeedData.Institution toInstitution() {
        return new RulebookSeedData.Institution(id(), name, country, parent == null ? null : parent.id());
    }

    List<RulebookSeedData.Alias> toAliases() {
        return aliases.values().stream()
                .map(alias -> new RulebookSeedData.Alias(id(), alias))
                .toList();
    }

    List<RulebookSeedData.InstitutionListing> toListings() {
        return listings.stream()
                .map(l -> new RulebookSeedData.InstitutionListing(
                        id(),
                        l.listCode(),
                        l.status(),
                        l.editions(),
                        l.editionDate(),
                        l.rating(),
                        l.nameAsListed(),
                        l.sourceName(),
                        l.sourceUrl()))
                .toList();
    }
}
