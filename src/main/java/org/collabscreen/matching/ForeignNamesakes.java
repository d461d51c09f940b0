package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A company placed abroad whose name equals or contains a listed company's name is that company's arm only when it
 * writes the name as the group does: an arm keeps the group's spelling and word order and adds a region and a form
 * ("Acme Europe B.V."). A company that spells the brand with other capitals ("CoStar Group, Inc." beside a listed
 * "Costar Group Co., Ltd.", "Cloudwalk …" beside "CloudWalk Technology") or writes the listed name's words in another
 * order ("Airlines Acme Cargo" beside "Acme Cargo Airlines") is another company that shares the name. Read only when
 * every place the input names, or the declared country when it names none, is outside the listed company's country.
 */
final class ForeignNamesakes {

    private static final int MIN_WORD = 4;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Each listed company's words written in mixed case, by their lower-case form: all the spellings its names use. */
    private final Map<InstitutionEntry, Map<String, Set<String>>> spellings = new IdentityHashMap<>();

    ForeignNamesakes(Iterable<InstitutionEntry> institutions, EntryCountries countries) {
        for (InstitutionEntry rule : institutions) {
            if (!countries.isCompany(rule)) {
                continue;
            }
            List<String> written = new ArrayList<>(rule.aliases());
            written.add(rule.name());
            Map<String, Set<String>> byWord = new HashMap<>();
            for (String name : written) {
                for (String word : WORDS.split(name)) {
                    if (word.length() >= MIN_WORD && isMixedCase(word)) {
                        byWord.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new HashSet<>(2))
                                .add(word);
                    }
                }
            }
            if (!byWord.isEmpty()) {
                spellings.put(rule, byWord);
            }
        }
    }

    /**
     * Whether the input, placed abroad, names another company that shares the listed company's name.
     *
     * @param declared the declared country, or null
     * @param country the listed company's country
     */
    boolean differ(String input, String whole, String declared, InstitutionEntry rule, String country, String alias) {
        Map<String, Set<String>> listed = spellings.get(rule);
        if (listed == null || country == null) {
            return false;
        }
        Set<String> named =
                new HashSet<>(Arrays.asList(NameNormaliser.normalise(alias).split(" ")));
        if (!abroad(placedBesides(whole, named), declared, country)) {
            return false;
        }
        for (String word : WORDS.split(input)) {
            String lower = word.toLowerCase(Locale.ROOT);
            Set<String> listedSpellings = word.length() >= MIN_WORD ? listed.get(lower) : null;
            if (listedSpellings != null
                    && named.contains(lower)
                    && !PlaceEvidence.isPlaceWord(lower)
                    && isMixedCase(word)
                    && !listedSpellings.contains(word)
                    && (hasInnerCapital(word)
                            || listedSpellings.stream().anyMatch(ForeignNamesakes::hasInnerCapital))) {
                return true;
            }
        }
        return inAnotherOrder(whole, LegalForms.withoutForms(NameNormaliser.normalise(alias)));
    }

    /** The countries of the places the input names besides the listed name's own words ("China" in "China …"). */
    private static Set<String> placedBesides(String whole, Set<String> named) {
        StringBuilder besides = new StringBuilder(whole.length());
        for (String word : whole.split(" ")) {
            if (!named.contains(word)) {
                besides.append(besides.isEmpty() ? "" : " ").append(word);
            }
        }
        return PlaceEvidence.countriesIn(besides.toString());
    }

    private static boolean abroad(Set<String> placed, String declared, String country) {
        if (!placed.isEmpty()) {
            return !placed.contains(country);
        }
        return declared != null && !declared.isBlank() && !declared.strip().equalsIgnoreCase(country);
    }

    /** Whether every word of the listed name is in the input, but not in the listed order. */
    private static boolean inAnotherOrder(String whole, String listed) {
        String[] names = listed.split(" ");
        if (names.length < 2 || !Tokens.isLatin(listed)) {
            return false;
        }
        List<String> words = List.of(whole.split(" "));
        int last = -1;
        boolean ordered = true;
        for (String name : names) {
            // a word the listed name repeats ("… of … of …") is looked for after the last one found first
            int after = words.subList(last + 1, words.size()).indexOf(name);
            int at = after >= 0 ? last + 1 + after : words.indexOf(name);
            if (at < 0) {
                return false;
            }
            ordered &= at > last;
            last = at;
        }
        return !ordered;
    }

    private static boolean isMixedCase(String word) {
        return !word.equals(word.toLowerCase(Locale.ROOT)) && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
