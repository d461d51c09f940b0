package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Two passes over an affiliation's ranked hits that let the most specific body it names rank first. A listed unit
 * found a little below an ancestor the input names too ranks above it: the unit's name is matched over two segments,
 * abbreviated or rendered ("Chinese Acad Sci, Inst Semicond", "Académie chinoise des sciences, Institut de physique"),
 * the ancestor's exactly in one, so the score says less than the naming does. So does a listed laboratory named before
 * the body that hosts it ("State Key Laboratory of …, … University"), or a listed laboratory whose own name ends with
 * its host ("… Key Laboratory of … at Host University") wherever the input writes it: Clarivate's addresses give the
 * host first ("Host Univ, Natl Lab …"). Where the text searched starts in the input tells which segment is written
 * first.
 */
final class NamedUnitsFirst {

    /** How far below a named ancestor's score a listed unit may be found and still rank above it. */
    private static final double UNIT_BELOW_ANCESTOR = 0.02;

    /**
     * How far below a named ancestor a listed unit found in a segment written after the ancestor's may be and still
     * rank above it: the group is written first and the unit after it, by a name the lists may shorten ("COSCO
     * Shipping, Widget Shipping Research Institute" for the listed "Widget Shipping Research").
     */
    private static final double UNIT_AFTER_ANCESTOR_BELOW = 0.06;

    /** The words a unit's name may add to its listed name and still be it: its kind, and the words that join. */
    private static final Set<String> KIND_WORDS = Set.of(
            "institute",
            "research",
            "center",
            "centre",
            "laboratory",
            "company",
            "co",
            "ltd",
            "limited",
            "of",
            "the",
            "and");

    /**
     * How far below its host a listed laboratory whose own name names that host ("… Key Laboratory of Antennas and
     * Microwave Technology at Xidian University") may be found and still rank above it: its name is matched in one
     * segment of the input, often rendered a little differently ("Key Laboratory of Antennas …"), the host's exactly.
     */
    private static final double LABORATORY_NAMING_HOST_BELOW = 0.05;

    /** "S&T" as the lists write a host's "Science and Technology" ("… at Huazhong University of S&T"), normalised. */
    private static final Pattern S_AND_T = Pattern.compile("\\bs (?:and )?t\\b");

    private static final Pattern LABORATORY = Pattern.compile("(?i)\\blaborator(y|ies)\\b|实验室|實驗室");

    private final Map<UUID, InstitutionEntry> byId;
    private final int maxDepth;
    /** The listed laboratories, by identity: named once each at build, not tested by pattern for every pair ranked. */
    private final Set<InstitutionEntry> laboratories = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The listed host each laboratory's own name ends with ("… at Host University"), found once at build. */
    private final Map<InstitutionEntry, InstitutionEntry> namedHosts = new IdentityHashMap<>();

    NamedUnitsFirst(Map<UUID, InstitutionEntry> byId, int maxDepth) {
        this.byId = byId;
        this.maxDepth = maxDepth;
    }

    /** Notes whether an entry is a laboratory, as {@link #reorder} asks of every pair of hits it compares. */
    void file(InstitutionEntry rule) {
        if (LABORATORY.matcher(rule.name()).find()) {
            laboratories.add(rule);
        }
    }

    /**
     * Files the host a {@link #file filed} laboratory's name ends with ("… at Xidian University", "… at Widget
     * University of S&T" for its Science and Technology), when a listed entry bears that name; called once, after every
     * entry is filed.
     */
    void fileHosts(Collection<InstitutionEntry> institutions) {
        Map<InstitutionEntry, String> hostNames = new IdentityHashMap<>();
        for (InstitutionEntry laboratory : laboratories) {
            String name = NameNormaliser.normalise(laboratory.name());
            int at = name.lastIndexOf(" at ");
            if (at > 0) {
                hostNames.put(laboratory, name.substring(at + " at ".length()));
            }
        }
        if (hostNames.isEmpty()) {
            return;
        }
        Map<String, InstitutionEntry> byName = new HashMap<>();
        for (InstitutionEntry rule : institutions) {
            if (!isLaboratory(rule)) {
                byName.putIfAbsent(NameNormaliser.normalise(rule.name()), rule);
                // a host is named by its alias when the list misspelt its name ("Changchung University of …")
                rule.aliases().forEach(alias -> byName.putIfAbsent(NameNormaliser.normalise(alias), rule));
            }
        }
        hostNames.forEach((laboratory, host) -> {
            InstitutionEntry listed = byName.get(host);
            if (listed == null) {
                listed = byName.get(S_AND_T.matcher(host).replaceAll("science and technology"));
            }
            if (listed != null) {
                namedHosts.put(laboratory, listed);
            }
        });
    }

    List<BestHits.Hit<InstitutionEntry>> reorder(List<BestHits.Hit<InstitutionEntry>> ranked, String paddedInput) {
        List<BestHits.Hit<InstitutionEntry>> ordered = new ArrayList<>(ranked.size());
        for (BestHits.Hit<InstitutionEntry> hit : ranked) {
            int at = ordered.size();
            for (int i = 0; i < ordered.size(); i++) {
                BestHits.Hit<InstitutionEntry> placed = ordered.get(i);
                boolean namedHost = namedHosts.get(hit.rule()) == placed.rule();
                boolean hosted = isHostedLaboratory(hit, placed, paddedInput);
                double below = namedHost || hosted && namesItsHost(hit.rule(), placed.rule())
                        ? LABORATORY_NAMING_HOST_BELOW
                        : writtenAfter(hit, placed, paddedInput) && addsOnlyKindWords(hit)
                                ? UNIT_AFTER_ANCESTOR_BELOW
                                : UNIT_BELOW_ANCESTOR;
                if (hit.score() >= placed.score() - below
                                && (isAncestor(placed.rule(), hit.rule()) || hosted || namedHost)
                        || namesBodyBeforeItsAcronym(hit, placed, paddedInput)) {
                    at = i;
                    break;
                }
            }
            ordered.add(at, hit);
        }
        return ordered;
    }

    /**
     * Where the text searched starts in the input, as whole words, or else where its first two words do (a searched
     * text may be a rewritten reading); after every position when neither is there.
     */
    static int writtenAt(String paddedInput, String searched) {
        if (searched == null) {
            return Integer.MAX_VALUE;
        }
        int at = paddedInput.indexOf(" " + searched + " ");
        if (at < 0) {
            String[] words = searched.split(" ", 3);
            at = words.length < 2 ? -1 : paddedInput.indexOf(" " + words[0] + " " + words[1] + " ");
        }
        if (at < 0) {
            // a reading with its first words spelt out (an acronym read as the body's name) ends as written
            String[] words = searched.split(" ");
            at = words.length < 3
                    ? -1
                    : paddedInput.indexOf(" " + words[words.length - 2] + " " + words[words.length - 1] + " ");
        }
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /**
     * Whether the unit is found in a segment of its own written after the one its ancestor is found in ("Group, Unit
     * Research Institute"): an affiliation goes from the group to its unit there.
     */
    private static boolean writtenAfter(
            BestHits.Hit<InstitutionEntry> unit, BestHits.Hit<InstitutionEntry> ancestor, String paddedInput) {
        if (unit.searched() == null
                || ancestor.searched() == null
                || unit.searched().contains(ancestor.searched())) {
            return false;
        }
        int ancestorAt = writtenAt(paddedInput, ancestor.searched());
        int unitAt = writtenAt(paddedInput, unit.searched());
        return ancestorAt != Integer.MAX_VALUE
                && unitAt != Integer.MAX_VALUE
                && unitAt >= ancestorAt + ancestor.searched().length() + 1;
    }

    /**
     * Whether the text searched is the unit's listed name with at most kind words added ("… Research Institute" for
     * the listed "… Research"), in Latin letters: a name that adds a word of its own (生物物理研究所 beside 物理研究所)
     * is another unit.
     */
    private static boolean addsOnlyKindWords(BestHits.Hit<InstitutionEntry> unit) {
        if (unit.searched() == null || unit.alias() == null || Tokens.containsCjk(unit.searched())) {
            return false;
        }
        Set<String> listed = new HashSet<>(
                Arrays.asList(NameNormaliser.normalise(unit.alias()).split(" ")));
        for (String word : unit.searched().split(" ")) {
            if (!listed.contains(word) && !KIND_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the hit is a listed laboratory the input names before another body, which hosts it. */
    private boolean isHostedLaboratory(
            BestHits.Hit<InstitutionEntry> laboratory, BestHits.Hit<InstitutionEntry> host, String paddedInput) {
        return isLaboratory(laboratory.rule())
                && !isLaboratory(host.rule())
                && writtenAt(paddedInput, laboratory.searched()) < writtenAt(paddedInput, host.searched());
    }

    private static boolean namesItsHost(InstitutionEntry laboratory, InstitutionEntry host) {
        return (" " + NameNormaliser.normalise(laboratory.name()) + " ")
                .contains(" " + NameNormaliser.normalise(host.name()) + " ");
    }

    private boolean isLaboratory(InstitutionEntry rule) {
        return laboratories.contains(rule);
    }

    /** A body named before its academy's or group's acronym ({@link BodiesNamedBeforeAcronyms}). */
    private boolean namesBodyBeforeItsAcronym(
            BestHits.Hit<InstitutionEntry> named, BestHits.Hit<InstitutionEntry> acronym, String paddedInput) {
        return BodiesNamedBeforeAcronyms.namedBefore(named, acronym, paddedInput)
                && (isAncestor(acronym.rule(), named.rule())
                        || named.rule().parentId() == null && named.score() >= BodiesNamedBeforeAcronyms.ALMOST_WHOLE);
    }

    private boolean isAncestor(InstitutionEntry ancestor, InstitutionEntry unit) {
        InstitutionEntry current = unit;
        for (int depth = 0; depth < maxDepth && current.parentId() != null; depth++) {
            current = byId.get(current.parentId());
            if (current == null) {
                return false;
            }
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
