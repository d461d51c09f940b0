package org.collabscreen.framework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.FrameworkEditionRule.ListEdition;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.Listing;

/**
 * Whether an institution is on a list as of a date: on the list's edition in force on that date (the latest published
 * on or before it), read from the edition dates a framework edition carries. A list whose edition labels are dates
 * (US 1260H) dates itself; a list without dates (Entity List snapshot) counts its current memberships. A membership
 * the rulebook marks as former does not count on such undated or self-dated lists.
 */
final class ListMemberships {

    private ListMemberships() {}

    /** A membership in force: the list, the edition it is read at and when that edition was published. */
    record Membership(InstitutionRule institution, Listing listing, String edition, LocalDate published) {

        String describe() {
            return listing.listName() + " (" + listing.listCode() + "), edition " + edition
                    + (published == null ? " (publication date not known)" : " of " + published) + ", as '"
                    + listing.nameAsListed() + "'";
        }
    }

    static Optional<Membership> on(
            InstitutionRule institution, String listCode, FrameworkEditionRule edition, LocalDate date) {
        for (Listing listing : institution.listings()) {
            if (listing.listCode().equals(listCode)) {
                Optional<Membership> found = inForce(institution, listing, edition, date);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The list edition in force on the date, whether or not the institution is on it. */
    static Optional<ListEdition> editionInForce(String listCode, FrameworkEditionRule edition, LocalDate date) {
        return edition.listEditions().stream()
                .filter(e -> e.listCode().equals(listCode) && !e.published().isAfter(date))
                .max(Comparator.comparing(ListEdition::published));
    }

    private static Optional<Membership> inForce(
            InstitutionRule institution, Listing listing, FrameworkEditionRule edition, LocalDate date) {
        List<String> labels = labels(listing);
        Optional<ListEdition> configured = editionInForce(listing.listCode(), edition, date);
        boolean listDated =
                edition.listEditions().stream().anyMatch(e -> e.listCode().equals(listing.listCode()));
        if (listDated) {
            return configured
                    .filter(inForce -> labels.contains(inForce.edition()))
                    .map(inForce -> new Membership(institution, listing, inForce.edition(), inForce.published()));
        }
        List<LocalDate> dates = labels.stream()
                .map(ListMemberships::date)
                .flatMap(Optional::stream)
                .toList();
        if (!listing.current()) {
            return Optional.empty();
        }
        if (dates.isEmpty()) {
            return Optional.of(new Membership(institution, listing, listing.editions(), null));
        }
        return dates.stream()
                .filter(published -> !published.isAfter(date))
                .max(Comparator.naturalOrder())
                .map(published -> new Membership(institution, listing, published.toString(), published));
    }

    private static List<String> labels(Listing listing) {
        return listing.editions() == null
                ? List.of()
                : Arrays.stream(listing.editions().split(";"))
                        .map(String::strip)
                        .filter(label -> !label.isEmpty())
                        .toList();
    }

    private static Optional<LocalDate> date(String label) {
        try {
            return Optional.of(LocalDate.parse(label));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
