package org.collabscreen.rulebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.collabscreen.rulebook.ImportResult.Entry;
import org.collabscreen.rulebook.ListEditionCsv.Row;
import org.collabscreen.web.InvalidFieldException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one edition of a public list: rows matched to known institutions by name or alias (same country where
 * both have one) update their listing, unknown ones are added, and institutions currently listed but missing from
 * the edition get a former listing. A dry run reports the diff; applying it makes exactly one revision.
 */
@Service
class ListEditionImport {

    private final RuleDocuments documents;
    private final RulebookRevisions revisions;
    private final RulebookSnapshotLoader loader;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    ListEditionImport(
            RuleDocuments documents,
            RulebookRevisions revisions,
            RulebookSnapshotLoader loader,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.documents = documents;
        this.revisions = revisions;
        this.loader = loader;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    ImportResult run(String csv, boolean dryRun) {
        List<Row> rows = ListEditionCsv.parse(csv);
        String list = rows.get(0).list();
        String listName = jdbc.sql("select name from watch_list where code = :code")
                .param("code", list)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new InvalidFieldException(ListEditionCsv.field(0, "list"), "unknown list " + list));
        revisions.lock();
        List<InstitutionRule> known =
                documents.asOf(RuleKind.INSTITUTION, loader.currentRevision(), InstitutionRule.class);
        Plan plan = plan(rows, list, listName, known);
        if (dryRun || plan.isEmpty()) {
            return plan.result(list, dryRun, null);
        }
        String summary = "Imported %s: %d added, %d changed, %d retired from the list"
                .formatted(
                        list,
                        plan.added().size(),
                        plan.changed().size(),
                        plan.retired().size());
        int revision = revisions.open(summary);
        Stream.of(plan.added(), plan.changed(), plan.retired())
                .flatMap(List::stream)
                .forEach(entry -> documents.write(
                        RuleKind.INSTITUTION,
                        entry.id().toString(),
                        entry.after().name(),
                        entry.after(),
                        revision));
        ImportResult result = plan.result(list, false, revision);
        events.publishEvent(new ListEditionImported(
                list, revision, summary, ids(plan.added()), ids(plan.changed()), ids(plan.retired())));
        events.publishEvent(new RulebookRevised(revision, summary));
        return result;
    }

    private record Plan(List<Entry> added, List<Entry> changed, List<Entry> retired, int unchanged) {

        boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty() && retired.isEmpty();
        }

        ImportResult result(String list, boolean dryRun, Integer revision) {
            return new ImportResult(list, dryRun, revision, added, changed, retired, unchanged);
        }
    }

    private static Plan plan(List<Row> rows, String list, String listName, List<InstitutionRule> known) {
        Map<String, List<InstitutionRule>> byName = new HashMap<>();
        known.forEach(rule -> Stream.concat(Stream.of(rule.name()), rule.aliases().stream())
                .forEach(name -> byName.computeIfAbsent(key(name), k -> new ArrayList<>())
                        .add(rule)));
        List<Entry> added = new ArrayList<>();
        List<Entry> changed = new ArrayList<>();
        Map<UUID, Integer> matchedBy = new HashMap<>();
        Map<String, Integer> addedBy = new HashMap<>();
        int unchanged = 0;
        for (Row row : rows) {
            Listing listing = new Listing(
                    list,
                    listName,
                    true,
                    null,
                    row.edition(),
                    row.name(),
                    new RuleSource(listName, row.url(), row.date()));
            Optional<InstitutionRule> match = match(row, byName);
            if (match.isEmpty()) {
                Integer sameName = addedBy.putIfAbsent(key(row.name()), row.number());
                if (sameName != null) {
                    throw new InvalidFieldException(
                            ListEditionCsv.field(row.number(), "name"),
                            "repeats the new institution of row " + sameName + " (" + row.name() + ")");
                }
                InstitutionRule rule = new InstitutionRule(
                        UUID.randomUUID(), row.name(), row.country(), null, row.aliases(), List.of(listing));
                added.add(new Entry(rule.id(), rule.name(), rule.country(), null, rule));
                continue;
            }
            InstitutionRule before = match.get();
            Integer earlier = matchedBy.putIfAbsent(before.id(), row.number());
            if (earlier != null) {
                throw new InvalidFieldException(
                        ListEditionCsv.field(row.number(), "name"),
                        "names the same institution as row " + earlier + " (" + before.name() + ")");
            }
            InstitutionRule after = relisted(before, row, listing);
            if (after.equals(before)) {
                unchanged++;
            } else {
                changed.add(new Entry(before.id(), before.name(), before.country(), before, after));
            }
        }
        List<Entry> retired = known.stream()
                .filter(rule -> !matchedBy.containsKey(rule.id()))
                .filter(rule ->
                        rule.listings().stream().anyMatch(l -> l.listCode().equals(list) && l.current()))
                .map(rule -> new Entry(rule.id(), rule.name(), rule.country(), rule, delisted(rule, list)))
                .toList();
        return new Plan(added, changed, retired, unchanged);
    }

    private static Optional<InstitutionRule> match(Row row, Map<String, List<InstitutionRule>> byName) {
        Set<InstitutionRule> candidates = new LinkedHashSet<>();
        Stream.concat(Stream.of(row.name()), row.aliases().stream())
                .forEach(name -> candidates.addAll(byName.getOrDefault(key(name), List.of())));
        return candidates.stream()
                .filter(rule -> row.country() == null
                        || rule.country() == null
                        || rule.country().equals(row.country()))
                .findFirst();
    }

    /**
     * The rule with this edition's listing in place of its listing on the list; the rating and the source's name
     * stay, and the edition joins the editions it was listed in before. An entry holding several listings on the list
     * (one organisation the list printed under two names, merged into one entry) gets one listing with every edition
     * of them all.
     */
    private static InstitutionRule relisted(InstitutionRule rule, Row row, Listing listing) {
        List<Listing> listings = new ArrayList<>();
        boolean placed = false;
        String earlier = rule.listings().stream()
                .filter(l -> l.listCode().equals(listing.listCode()))
                .map(Listing::editions)
                .reduce(null, ListEditionImport::joined);
        for (Listing existing : rule.listings()) {
            if (!existing.listCode().equals(listing.listCode())) {
                listings.add(existing);
            } else if (!placed) {
                listings.add(new Listing(
                        listing.listCode(),
                        listing.listName(),
                        true,
                        existing.rating(),
                        editions(earlier, listing.editions()),
                        listing.nameAsListed(),
                        new RuleSource(
                                existing.source().name(),
                                listing.source().url(),
                                listing.source().date())));
                placed = true;
            }
        }
        if (!placed) {
            listings.add(listing);
        }
        Set<String> aliases = new LinkedHashSet<>(rule.aliases());
        Set<String> seen = new HashSet<>(Stream.concat(Stream.of(rule.name()), rule.aliases().stream())
                .map(ListEditionImport::key)
                .toList());
        Stream.concat(Stream.of(row.name()), row.aliases().stream())
                .filter(name -> seen.add(key(name)))
                .forEach(aliases::add);
        return new InstitutionRule(
                rule.id(),
                rule.name(),
                rule.country() == null ? row.country() : rule.country(),
                rule.parentId(),
                List.copyOf(aliases),
                listings);
    }

    private static InstitutionRule delisted(InstitutionRule rule, String list) {
        return new InstitutionRule(
                rule.id(),
                rule.name(),
                rule.country(),
                rule.parentId(),
                rule.aliases(),
                rule.listings().stream()
                        .map(l -> l.listCode().equals(list)
                                ? new Listing(
                                        l.listCode(),
                                        l.listName(),
                                        false,
                                        l.rating(),
                                        l.editions(),
                                        l.nameAsListed(),
                                        l.source())
                                : l)
                        .toList());
    }

    private static String editions(String before, String edition) {
        if (before == null || before.isBlank()) {
            return edition;
        }
        if (edition == null
                || List.of(before.split(";")).stream().map(String::strip).anyMatch(edition::equals)) {
            return before;
        }
        return before + "; " + edition;
    }

    /** Both lists of editions, each edition once, in the order first seen. */
    private static String joined(String before, String more) {
        if (before == null || more == null) {
            return before == null ? more : before;
        }
        Set<String> all = new LinkedHashSet<>();
        Stream.of(before, more)
                .flatMap(editions -> Stream.of(editions.split(";")))
                .map(String::strip)
                .filter(edition -> !edition.isEmpty())
                .forEach(all::add);
        return String.join("; ", all);
    }

    private static List<UUID> ids(List<Entry> entries) {
        return entries.stream().map(Entry::id).toList();
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
