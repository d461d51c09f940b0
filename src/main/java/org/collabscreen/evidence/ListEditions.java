package org.collabscreen.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.collabscreen.evidence.EvidencePack.ListEdition;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.Listing;
import org.collabscreen.rulebook.RulebookSnapshot;

/** The public lists a rulebook revision holds, each with its latest edition among the current listings. */
final class ListEditions {

    private ListEditions() {}

    static List<ListEdition> of(RulebookSnapshot rulebook) {
        Map<String, List<Listing>> byList = new TreeMap<>();
        for (InstitutionRule institution : rulebook.institutions()) {
            institution.listings().stream()
                    .filter(Listing::current)
                    .forEach(listing -> byList.computeIfAbsent(listing.listCode(), code -> new ArrayList<>())
                            .add(listing));
        }
        return byList.entrySet().stream()
                .map(entry -> edition(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static ListEdition edition(String code, List<Listing> listings) {
        String edition = listings.stream()
                .map(Listing::editions)
                .filter(editions -> editions != null && !editions.isBlank())
                .flatMap(editions -> Arrays.stream(editions.split(";")))
                .map(String::strip)
                .max(Comparator.naturalOrder())
                .orElse(null);
        String date = listings.stream()
                .map(listing ->
                        listing.source() == null ? null : listing.source().date())
                .filter(value -> value != null && !value.isBlank())
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new ListEdition(code, listings.get(0).listName(), edition, date, listings.size());
    }
}
