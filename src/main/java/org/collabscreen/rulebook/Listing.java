package org.collabscreen.rulebook;

/**
 * One appearance of an institution on a public list.
 *
 * @param listCode     the list, e.g. {@code DOD_1286}, {@code CA_NRO}, {@code ASPI_TRACKER}
 * @param current      whether the institution is on the latest edition of the list
 * @param rating       the list's own risk rating where it has one (ASPI: VERY_HIGH, HIGH, MEDIUM, LOW), else null
 * @param nameAsListed the name exactly as the list publishes it
 */
public record Listing(
        String listCode,
        String listName,
        boolean current,
        String rating,
        String editions,
        String nameAsListed,
        RuleSource source) {}
