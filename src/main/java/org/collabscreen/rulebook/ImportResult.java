package org.collabscreen.rulebook;

import java.util.List;
import java.util.UUID;

/**
 * What importing a list edition changes, or changed.
 *
 * @param revision  the revision the import made; null for a dry run or when nothing changed
 * @param added     institutions the rulebook did not know, added with a current listing
 * @param changed   known institutions whose listing on this list or aliases change
 * @param retired   institutions currently on the list but not in this edition: their listing becomes former
 * @param unchanged rows that match the rulebook as it is
 */
record ImportResult(
        String list,
        boolean dryRun,
        Integer revision,
        List<Entry> added,
        List<Entry> changed,
        List<Entry> retired,
        int unchanged) {

    /** One institution in the diff, with its rule before and after (either is null when added or retired). */
    record Entry(UUID id, String name, String country, InstitutionRule before, InstitutionRule after) {}
}
