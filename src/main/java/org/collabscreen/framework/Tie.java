package org.collabscreen.framework;

import java.time.LocalDate;

/**
 * A researcher's dated link to an organisation or programme: an affiliation, a talent programme or support.
 *
 * @param to          the last day of the link; null means it is current
 * @param disclosed   whether it was disclosed to the funder; null means not stated
 * @param compensated whether it gives compensation (talent programmes); null means not stated
 * @param inKind      whether support is in kind (equipment, facilities, software) rather than money; null if not stated
 */
public record Tie(
        String name,
        String country,
        LocalDate from,
        LocalDate to,
        Boolean disclosed,
        Boolean compensated,
        Boolean inKind) {

    /** A link given only by name: current, nothing else known. */
    public static Tie named(String name) {
        return new Tie(name, null, null, null, null, null, null);
    }

    /** Whether the link still holds on the date. */
    public boolean currentOn(LocalDate date) {
        return to == null || !to.isBefore(date);
    }

    /** Whether the link held at some time in the years before the date (or holds on it); any time when years is null. */
    public boolean within(LocalDate date, Integer years) {
        return currentOn(date) || years == null || !to.isBefore(date.minusYears(years));
    }

    /** The link's dates in words, e.g. "2019-03-01 to 2022-06-30" or "current since 2019-03-01". */
    public String period() {
        String since = from == null ? "" : " since " + from;
        return to == null ? "current" + since : (from == null ? "until " + to : from + " to " + to);
    }
}
