package org.collabscreen.matching;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An institution to resolve names to.
 *
 * @param country  ISO 3166-1 alpha-2 code, or null when unknown (a sub-unit is then taken to be in its parent's)
 * @param parentId the parent organisation, or null
 * @param aliases  every other name: acronyms, native scripts, former names
 */
public record InstitutionEntry(UUID id, String name, String country, UUID parentId, List<String> aliases) {

    public InstitutionEntry {
        aliases = List.copyOf(aliases);
    }

    /** By id alone, consistent with equals: matching keys its hits by entry, and hashing every alias each time showed. */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
