package org.collabscreen.rulebook;

import java.util.List;
import java.util.UUID;

import org.collabscreen.matching.InstitutionEntry;

/**
 * An institution known to the rulebook, listed or the parent of listed sub-units.
 *
 * @param country  ISO 3166-1 alpha-2 code, or null when unknown
 * @param parentId the parent organisation, or null
 * @param aliases  every other name: acronyms, native scripts, former names
 */
public record InstitutionRule(
        UUID id, String name, String country, UUID parentId, List<String> aliases, List<Listing> listings) {

    public InstitutionRule {
        aliases = List.copyOf(aliases);
        listings = List.copyOf(listings);
    }

    public boolean isListed() {
        return !listings.isEmpty();
    }

    /** What the matchers need of this institution to resolve names to it. */
    public InstitutionEntry toEntry() {
        return new InstitutionEntry(id, name, country, parentId, aliases);
    }
}
