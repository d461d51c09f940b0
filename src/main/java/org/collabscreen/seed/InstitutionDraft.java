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
    private final String sourceName;
    private final String sourceUrl;
    private final Map<String, String[]> aliases = new LinkedHashMap<>();
    private final List<Listing> listings = new ArrayList<>();
    private String nativeName;
    private String category;
    private InstitutionDraft parent;

    InstitutionDraft(String name, String country, String sourceName, String sourceUrl) {
        this.name = name;
        this.country = country;
        this.sourceName = sourceName;
        this.sourceUrl = sourceUrl;
    }

    /** Adds an alias unless blank, equal to the name, or already present (case-insensitively). */
    boolean addAlias(String alias, String kind) {
        if (alias == null || alias.isBlank() || alias.strip().equalsIgnoreCase(name)) {
            return false;
        }
        String text = alias.strip();
        String[] current = aliases.get(text.toLowerCase(Locale.ROOT));
        if (current == null) {
            aliases.put(text.toLowerCase(Locale.ROOT), new String[] {text, kind});
            return true;
        }
        if (AliasKind.moreSpecific(kind, current[1])) {
            current[1] = kind;
        }
        return false;
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

    void nativeName(String value) {
        if (nativeName == null && value != null && !value.isBlank()) {
            nativeName = value.strip();
        }
    }

    void category(String value) {
        if (category == null && value != null && !value.isBlank()) {
            category = value.strip();
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

    InstitutionDraft parent() {
        return parent;
    }

    List<Listing> listings() {
        return List.copyOf(listings);
    }

    RulebookSeedData.Institution toInstitution() {
        Listing first = listings.isEmpty() ? null : listings.get(0);
        return new RulebookSeedData.Institution(
                id(),
                name,
                nativeName,
                country,
                parent == null ? null : parent.id(),
                category,
                first == null ? sourceName : first.sourceName(),
                first == null ? sourceUrl : first.sourceUrl());
    }

    List<RulebookSeedData.Alias> toAliases() {
        return aliases.values().stream()
                .map(a -> new RulebookSeedData.Alias(id(), a[0], a[1]))
                .toList();
    }

    List<RulebookSeedData.InstitutionListing> toListings() {
        return listings.stream()
                .map(l -> new RulebookSeedData.InstitutionListing(
                        SeedId.of("listing", id() + ":" + l.listCode() + ":" + l.nameAsListed() + ":" + l.editions()),
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
