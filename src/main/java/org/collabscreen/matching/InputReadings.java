package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One input to {@link InstitutionMatcher}, analysed once: its segments, its normalised form, and the readings of it that
 * need no index (Latin letters for Cyrillic, without an eponym, camel case split; places, campuses and unit numbers it
 * names), each worked out when first asked.
 */
class InputReadings {

    private static final Pattern CAMEL_CASE = Pattern.compile("(\\p{Ll})(\\p{Lu})");

    final String input;
    final List<String> segments;
    /** The segments normalised, when there are several (one segment is the whole input). */
    final List<String> normalisedSegments;

    final String whole;
    private String folded;
    private String latin;
    private Set<String> placed;
    private List<String> clauses;
    private Set<String> campuses;
    private Set<String> unitNumbers;
    private List<NamesInNewsSentences.Named> newsNames;
    private List<NamesInCvLines.Named> cvNames;

    InputReadings(String input) {
        this.input = input;
        this.segments = AffiliationParts.segments(input);
        this.normalisedSegments = segments.size() > 1 ? AffiliationParts.normalised(segments) : List.of();
        this.whole = NameNormaliser.normalise(input);
    }

    /**
     * The input in Latin letters when it holds Cyrillic ({@link Romanisation#cyrillicInLatin}), its Russian acronyms
     * spelt out first; empty otherwise. Worked out once.
     */
    String latin() {
        if (latin == null) {
            latin = Romanisation.holdsCyrillic(input) ? Romanisation.cyrillicInLatin(RussianAcronyms.spelt(input)) : "";
        }
        return latin;
    }

    /** The segments as written, or the whole input when it is one segment. */
    List<String> writtenParts() {
        return segments.size() > 1 ? segments : List.of(input);
    }

    /** The segments normalised, or the whole input normalised when it is one segment. */
    List<String> normalisedParts() {
        return segments.size() > 1 ? normalisedSegments : List.of(whole);
    }

    /**
     * A name typed in Cyrillic, in Latin letters, whole and by its parts: its Russian organisation and subject
     * words fold to the English ones ({@link InstitutionVocabulary}), so "Пекинский университет" reads as "Beijing
     * University" and finds an institution the rulebook lists only in English or Chinese.
     */
    List<String> cyrillicInLatin() {
        String latin = latin();
        if (latin.isEmpty()) {
            return List.of();
        }
        List<String> latinSegments = new ArrayList<>();
        for (String segment : AffiliationParts.segments(latin)) {
            latinSegments.add(RussianNames.inEnglishWords(NameNormaliser.normalise(segment)));
        }
        List<String> parts = new ArrayList<>();
        parts.add(String.join(" ", latinSegments));
        parts.addAll(AffiliationParts.partsOfNormalised(latinSegments));
        return parts;
    }

    /**
     * A name typed in Cyrillic read in Latin letters once more without its eponym phrase ("… имени Ю.А. Осипьяна
     * РАН" as "… РАН"), each segment on its own: many institutes are listed without the person they are named
     * after. Empty when no segment names one.
     */
    List<String> cyrillicInLatinWithoutEponym() {
        String latin = latin();
        if (latin.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(1);
        for (String segment : AffiliationParts.segments(latin)) {
            String normalised = NameNormaliser.normalise(segment);
            String without = Eponyms.withoutEponym(normalised);
            if (!without.equals(normalised) && !without.isEmpty()) {
                parts.add(RussianNames.inEnglishWords(without));
            }
            parts.addAll(RussianEponymNames.readings(normalised));
        }
        return parts;
    }

    /**
     * Pinyin written without spaces, each word capitalised ("BeijingHangkongHangtianDaxue"), read again with a
     * space before each capital that follows a small letter; empty when the input has no such capital.
     */
    List<String> camelCaseSplit() {
        String split = CAMEL_CASE.matcher(input).replaceAll("$1 $2");
        return split.equals(input) ? List.of() : List.of(NameNormaliser.normalise(split));
    }

    /** The input with Han characters folded, worked out when a match is first explained. */
    String folded() {
        if (folded == null) {
            folded = NameNormaliser.foldScript(input);
        }
        return folded;
    }

    /** The unit numbers the input names ({@link UnitNumbers}), worked out when hits are first reported. */
    Set<String> unitNumbers() {
        if (unitNumbers == null) {
            unitNumbers = UnitNumbers.of(whole);
        }
        return unitNumbers;
    }

    /** The places the input names in brackets ("(Beijing)"), worked out when hits are first reported. */
    Set<String> campuses() {
        if (campuses == null) {
            campuses = Campuses.of(input);
        }
        return campuses;
    }

    /**
     * The countries of the places the input names, and of the ISO codes it gives as segments of their own ("Name
     * (XX)", {@link FreeTextNames#countryCode}), worked out when hits are first reported.
     */
    Set<String> placed() {
        if (placed == null) {
            Set<String> named = PlaceEvidence.countriesIn(whole);
            Set<String> coded = new HashSet<>(named);
            for (String segment : segments) {
                String code = FreeTextNames.countryCode(segment);
                if (code != null) {
                    coded.add(code);
                }
            }
            placed = coded.size() == named.size() ? named : Set.copyOf(coded);
        }
        return placed;
    }

    /**
     * The countries of the places that belong to the matched name: those of the clauses that name it, when the input
     * names several organisations ({@link PlaceClauses}); else every place the input names ({@link #placed}).
     */
    Set<String> placedAround(String matchedName, Vocabulary vocabulary) {
        if (clauses == null) {
            clauses = PlaceClauses.of(input);
        }
        Set<String> around = PlaceClauses.countriesAround(clauses, matchedName, vocabulary);
        return around == null ? placed() : around;
    }

    /** The names the input's sentences give in the partners' languages ({@link NamesInNewsSentences}). */
    List<NamesInNewsSentences.Named> newsNames(Vocabulary vocabulary) {
        if (newsNames == null) {
            newsNames = NamesInNewsSentences.of(SentencesAcrossBrackets.of(input, writtenParts()), vocabulary);
        }
        return newsNames;
    }

    /** The names the input gives as a CV line ({@link NamesInCvLines}). */
    List<NamesInCvLines.Named> cvNames() {
        if (cvNames == null) {
            cvNames = NamesInCvLines.of(input);
        }
        return cvNames;
    }

    /**
     * The places of the news sentence's or CV line's name a hit was searched with; null when it was searched with
     * another text.
     */
    Set<String> placedAroundNewsName(String searched) {
        for (NamesInNewsSentences.Named named : newsNames == null ? List.<NamesInNewsSentences.Named>of() : newsNames) {
            if (named.name().equals(searched)) {
                return named.placed();
            }
        }
        for (NamesInCvLines.Named named : cvNames == null ? List.<NamesInCvLines.Named>of() : cvNames) {
            if (named.name().equals(searched)) {
                return named.placed();
            }
        }
        return null;
    }

    /**
     * The names the input gives in free text, each to be looked up exactly: listed pinyin names it spells run together
     * ({@link JoinedPinyinNames}) and the names in its sentences ({@link FreeTextNames#capitalisedRuns}), a company's also without its
     * registration form ("Name Industry Co. supplied …"), normalised.
     */
    List<String> namesInFreeText(JoinedPinyinNames joinedPinyin) {
        List<String> names = new ArrayList<>(0);
        for (String part : normalisedParts()) {
            names.addAll(joinedPinyin.spaced(part));
        }
        for (String segment : writtenParts()) {
            for (String run : FreeTextNames.capitalisedRuns(segment)) {
                names.add(NameNormaliser.normalise(run));
                LegalForms.withoutRegistration(run).ifPresent(company -> names.add(NameNormaliser.normalise(company)));
            }
        }
        return names;
    }
}
