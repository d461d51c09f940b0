package org.collabscreen.seed;

import java.util.List;

/**
 * One row of a public list, ready to be attached to an institution.
 *
 * @param pointer the current name of the institution when the row is an old name of it, else null
 */
record SourceEntry(
        String name,
        String country,
        String nativeName,
        String pointer,
        List<String> aliases,
        List<String> formerNames,
        InstitutionDraft.Listing listing) {}
