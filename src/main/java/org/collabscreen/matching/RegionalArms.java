package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A listed group's arm abroad, as registries write it: the group's name or brand, the region or country it serves, in
 * brackets or not, a word such as "Holdings", and that country's legal form ("Acme Shipping Lines (North America) Inc.",
 * "Acme Petroleum North America ULC", "Acme UK Holdings Limited", "Acme Cloud (Singapore) Pte Ltd", "Acme Americas").
 * The name is the arm the lists give under the group's name and that region ("Acme (North America) Inc.") when they
 * give one, else the group. A listed name written with another country's form ("… S.L.U" as "… SLU") is the same
 * name. A part of the input is read so only when it ends with a legal form or a region, the arm's convention; the
 * brand is a listed company's whole name or alias without its forms, with at most two words of its line of business
 * after it ("Lines", "Cloud"); a one-word brand so followed only before a region.
 */
final class RegionalArms {

    private static final int MAX_PARENT_DEPTH = 8;
    private static final int MAX_REGION_WORDS = 3;
    private static final int MAX_WORDS_BEFORE = 4;
    private static final int MAX_WORDS_BETWEEN = 2;
    private static final int MIN_BRAND = 3;
    private static final double ARM_SCORE = 1.0;
    private static final double SPELT_OUT_FACTOR = 0.9;

    /** Regions the lists' region words and the places leave out: the United States abbreviated, Hong Kong, Macau. */
    private static final Set<String> MORE_REGIONS =
            Set.of("us", "u s", "u s a", "eu", "latam", "mena", "anz", "hong kong", "hk", "macau", "macao");

    /** Words after the region that say what the arm does for the group ("… UK Holdings Limited"). */
    private static final Set<String> ARM_WORDS =
            Set.of("holdings", "holding", "operations", "operation", "branch", "investment", "investments", "overseas");

    /** Where an input's parts end: a comma, a semicolon, a colon, a dash between words, a bar. */
    private static final Pattern PARTS = Pattern.compile("[,;:|，；：]|\\s[-–—]\\s|[–—]");

    private static final Pattern BRACKETS = Pattern.compile("[()（）\\[\\]]");

    private final Map<String, InstitutionEntry> byCore = new HashMap<>();

    /** Files every listed company under each of its Latin names without forms. */
    RegionalArms(
            Map<InstitutionEntry, List<String>> names, EntryCountries countries, Map<UUID, InstitutionEntry> byId) {
        Map<String, Set<InstitutionEntry>> bearers = new HashMap<>();
        names.forEach((rule, ruleNames) -> {
            if (!countries.isCompany(rule)) {
                return;
            }
            for (String name : ruleNames) {
                String core = LegalForms.withoutForms(NameNormaliser.normalise(name));
                if (!Tokens.isLatin(core) || core.length() < MIN_BRAND) {
                    continue;
                }
                bearers.computeIfAbsent(core, c -> new LinkedHashSet<>()).add(rule);
            }
        });
        bearers.forEach((core, companies) -> {
            InstitutionEntry owner = commonOwner(companies, byId);
            if (owner != null && isBrand(core)) {
                byCore.put(core, owner);
            }
        });
    }

    /**
     * Offers the arm or group each part of the input names: the arm the lists give as if its name were written whole,
     * the group as a name spelt out, below any name found whole.
     */
    void offer(String input, List<NameIndex.Target<InstitutionEntry>> targets) {
        for (Reading reading : readings(input)) {
            for (NameIndex.Target<InstitutionEntry> target : targets) {
                if (target.accept().test(reading.entry())) {
                    target.hits()
                            .offer(
                                    reading.entry(),
                                    reading.arm() ? ARM_SCORE : SPELT_OUT_FACTOR,
                                    reading.entry().name(),
                                    false,
                                    reading.searched(),
                                    MatchMethod.EXACT);
                }
            }
        }
    }

    /** What one part names: the entry, whether it is the arm the lists give, and the part. */
    record Reading(InstitutionEntry entry, boolean arm, String searched) {}

    List<Reading> readings(String input) {
        List<Reading> readings = new ArrayList<>(0);
        for (String part : PARTS.split(BRACKETS.matcher(input).replaceAll(" "))) {
            String normalised = NameNormaliser.normalise(part);
            Reading reading = normalised.isEmpty() ? null : reading(normalised);
            if (reading != null) {
                readings.add(reading);
            }
        }
        return readings;
    }

    private Reading reading(String normalised) {
        String core = LegalForms.withoutForms(normalised);
        boolean formed = core.length() < normalised.length();
        String[] words = core.isEmpty() ? new String[0] : core.split(" ");
        int end = words.length;
        while (end > 0 && ARM_WORDS.contains(words[end - 1])) {
            end--;
        }
        int region = regionStart(words, end);
        if ((!formed && region == end) || region == 0) {
            return null;
        }
        String regionWords = String.join(" ", Arrays.asList(words).subList(region, end));
        Reading group = null;
        for (int size = region; size >= 1; size--) {
            for (int start = 0; start + size <= region; start++) {
                int between = region - start - size;
                String brand = String.join(" ", Arrays.asList(words).subList(start, start + size));
                InstitutionEntry named = byCore.get(brand);
                // one word before words of its own and a form alone is BrandedCompanies' reading, which weighs who
                // bears it
                boolean formOnly = size == 1 && between > 0 && regionWords.isEmpty();
                if (named == null || start > MAX_WORDS_BEFORE || between > MAX_WORDS_BETWEEN || formOnly) {
                    continue;
                }
                InstitutionEntry arm = regionWords.isEmpty() ? null : byCore.get(brand + " " + regionWords);
                if (arm != null) {
                    return new Reading(arm, true, normalised);
                }
                group = group == null ? new Reading(named, false, normalised) : group;
            }
        }
        return group;
    }

    /** Where the region words the name ends with (before {@code end}) start; {@code end} when it ends with none. */
    private static int regionStart(String[] words, int end) {
        int start = end;
        boolean more = true;
        while (more && start > 0) {
            more = false;
            for (int size = Math.min(MAX_REGION_WORDS, start); size >= 1; size--) {
                String run = String.join(" ", Arrays.asList(words).subList(start - size, start));
                if (isRegion(run)) {
                    start -= size;
                    more = true;
                    break;
                }
            }
        }
        return start;
    }

    private static boolean isRegion(String run) {
        return LegalForms.REGIONS.contains(run) || MORE_REGIONS.contains(run) || PlaceEvidence.isOnlyPlace(run);
    }

    /** A name of more than one word, or one word of a brand's length that is no place. */
    private static boolean isBrand(String core) {
        return core.indexOf(' ') > 0 || (core.length() >= MIN_BRAND && !PlaceEvidence.isPlaceWord(core));
    }

    /** The one of the companies every other belongs to, else the nearest body above them all; null when none. */
    private static InstitutionEntry commonOwner(Set<InstitutionEntry> companies, Map<UUID, InstitutionEntry> byId) {
        InstitutionEntry owner = companies.iterator().next();
        for (int depth = 0; owner != null && depth < MAX_PARENT_DEPTH; depth++) {
            InstitutionEntry candidate = owner;
            if (companies.stream().allMatch(company -> belongsTo(company, candidate, byId))) {
                return candidate;
            }
            owner = parentOf(owner, byId);
        }
        return null;
    }

    private static boolean belongsTo(
            InstitutionEntry company, InstitutionEntry owner, Map<UUID, InstitutionEntry> byId) {
        InstitutionEntry current = company;
        for (int depth = 0; current != null && depth < MAX_PARENT_DEPTH; depth++) {
            if (current == owner) {
                return true;
            }
            current = parentOf(current, byId);
        }
        return false;
    }

    private static InstitutionEntry parentOf(InstitutionEntry rule, Map<UUID, InstitutionEntry> byId) {
        return rule.parentId() == null ? null : byId.get(rule.parentId());
    }
}
