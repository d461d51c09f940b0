package org.collabscreen.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The press and records name a listed company by its brand alone, in any language ("La empresa Huawei y …", "Visita de
 * CATL a …", "Fördermittel von Nio", "Leonardo e l'AVIC", "Knownsec 404 Team"). A brand is one word of a listed
 * company's Latin names, or a registered name's only word before its legal form ("NIO" of "NIO, Inc."): a word the
 * institution vocabulary weighs distinctive (no organisation, subject or place word), written as the lists write it or
 * in capitals ("Hikvision", "ChemChina"; "CoStar" is another company), read in any country, as a company is; an acronym
 * that is a word of the company's registered names and not their initials ("BYD" of "BYD Company Limited"), read in
 * capitals or capitalised, in any country too; an acronym of initials ("CATL", "AVIC", "CGN" of "China General Nuclear
 * Power Corporation"), read in capitals as acronyms are, within the declared country (other countries' bodies share
 * initials: Spain's CSIC). A word is read as a brand only when it stands as a name of its own: the word before it is no
 * capitalised word of a name ("Wang Dahua" is a person), and the word after it is no administrative division's ("Dahua
 * Township"), and initials only when no name goes on after them (a unit or subsidiary named after its group's
 * initials, "AVIC Shenyang Aircraft Design Institute", is the unit). A brand is read only where nothing else was found.
 */
final class BrandsInRunningText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'’]*");

    /** An article or preposition elided onto the next word: l'AVIC, dell'Huawei, d'Hikvision. */
    private static final Pattern ELIDED =
            Pattern.compile("^(?:[ld]|dell|dall|nell|sull|all|degl|qu)['’](?=\\p{L})", Pattern.CASE_INSENSITIVE);

    /** A possessive after a brand ("Huawei's", "Huawei’s"). */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    /** The capitalised words before a brand that open a sentence or a clause, not a name. */
    private static final Set<String> OPENING = openingWords();

    private static final int MIN_BRAND = 4;
    private static final int MIN_ACRONYM = 3;
    private static final int MAX_SCANNED = 600;

    /** How a brand is written and read. */
    private enum Kind {
        /** A distinctive word, read as written in the lists or in capitals, in any country. */
        WORD,
        /** An acronym that is a word of the company's registered name, read in capitals or capitalised, anywhere. */
        REGISTERED,
        /** An acronym of initials, read in capitals within the declared country. */
        INITIALS
    }

    /** A brand: how it is read, how the lists write it, and the listed names it is a brand of, normalised. */
    private record Brand(Kind kind, Set<String> spellings, Set<String> names, Set<String> words) {}

    private final Map<String, Brand> byLower = new HashMap<>();
    private final Vocabulary vocabulary;

    BrandsInRunningText(
            Map<InstitutionEntry, List<String>> names,
            EntryCountries countries,
            Map<UUID, InstitutionEntry> byId,
            Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Map<String, Set<InstitutionEntry>> bearers = new HashMap<>();
        Map<String, Set<String>> spellings = new HashMap<>();
        Map<String, Set<String>> listed = new HashMap<>();
        Map<String, Kind> kinds = new HashMap<>();
        names.forEach((rule, ruleNames) -> {
            if (!countries.isCompany(rule)) {
                return;
            }
            Set<String> registered = registeredWords(ruleNames);
            for (String name : ruleNames) {
                String written = oneWordCore(name.strip());
                Kind kind = kindOf(written, registered, acronym -> isInitialsOf(acronym, ruleNames), vocabulary);
                if (kind != null) {
                    String lower = written.toLowerCase(Locale.ROOT);
                    bearers.computeIfAbsent(lower, l -> new LinkedHashSet<>(2)).add(rule);
                    spellings.computeIfAbsent(lower, l -> new HashSet<>(2)).add(written);
                    listed.computeIfAbsent(lower, l -> new HashSet<>(2)).add(NameNormaliser.normalise(name));
                    kinds.merge(lower, kind, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
        });
        // a brand several companies bear is read only when one of them owns the others ("Kelda Group", "Kelda Limited")
        kinds.keySet().removeIf(lower -> BrandedCompanies.ownerOfAll(bearers.get(lower), byId) == null);
        kinds.forEach((lower, kind) -> {
            Set<String> words = new HashSet<>();
            bearers.get(lower)
                    .forEach(rule -> names.get(rule)
                            .forEach(name -> words.addAll(
                                    List.of(NameNormaliser.normalise(name).split(" ")))));
            byLower.put(
                    lower,
                    new Brand(
                            kind, Set.copyOf(spellings.get(lower)), Set.copyOf(listed.get(lower)), Set.copyOf(words)));
        });
    }

    /** A registered name's only word before its legal form ("NIO" of "NIO, Inc."), else the name. */
    private static String oneWordCore(String name) {
        int end = name.indexOf(' ');
        if (end < 0 || !LegalForms.isCompanyName(name)) {
            return name;
        }
        String first = name.substring(0, end).replaceAll("[,.]$", "");
        String core = LegalForms.withoutForms(NameNormaliser.normalise(name));
        return core.equals(NameNormaliser.normalise(first)) ? first : name;
    }

    /**
     * Whether the acronym spells the first letters of the capitalised words of one of the names ("CGN" of "China
     * General Nuclear Power Corporation"): initials, which other countries' bodies share.
     */
    private static boolean isInitialsOf(String acronym, List<String> names) {
        for (String name : names) {
            StringBuilder initials = new StringBuilder();
            for (String word : name.split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    initials.append(word.charAt(0));
                }
            }
            if (initials.toString().startsWith(acronym)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a company's registered names, those with a legal form ("BYD" of "BYD Company Limited"). */
    private static Set<String> registeredWords(List<String> names) {
        Set<String> words = new HashSet<>();
        for (String name : names) {
            if (name.strip().indexOf(' ') > 0 && Tokens.isLatin(name) && LegalForms.isCompanyName(name)) {
                for (String word : name.split("[^\\p{L}\\p{N}]+")) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static Kind kindOf(
            String written, Set<String> registered, Predicate<String> initials, Vocabulary vocabulary) {
        if (!WORD.matcher(written).matches() || !Tokens.isLatin(written) || Tokens.isNumeric(written)) {
            return null;
        }
        String lower = written.toLowerCase(Locale.ROOT);
        if (written.equals(written.toUpperCase(Locale.ROOT))) {
            if (written.length() < MIN_ACRONYM || !Character.isLetter(written.charAt(0))) {
                return null;
            }
            return registered.contains(written) && !initials.test(written) ? Kind.REGISTERED : Kind.INITIALS;
        }
        boolean distinctive = written.length() >= MIN_BRAND
                && Character.isUpperCase(written.charAt(0))
                && vocabulary.weight(vocabulary.canonical(lower)) >= Vocabulary.DISTINCTIVE
                && !PlaceEvidence.isPlaceWord(lower)
                && !LegalForms.endsWithForm(lower);
        return distinctive ? Kind.WORD : null;
    }

    /**
     * Offers the companies the segments name by their brands to the targets where nothing else was found (a unit named
     * after its group's acronym, "AVIC Shenyang Aircraft Design Institute", is the unit): a brand word as an exact name,
     * an acronym as acronyms are.
     */
    void offer(
            List<String> writtenSegments,
            String declared,
            double factor,
            NameIndex<InstitutionEntry> index,
            List<NameIndex.Target<InstitutionEntry>> targets) {
        List<NameIndex.Target<InstitutionEntry>> unfound = targets.stream()
                .filter(target -> !target.hits().anyAtLeast(target.minScore()))
                .toList();
        if (byLower.isEmpty() || unfound.isEmpty()) {
            return;
        }
        for (String segment : writtenSegments) {
            String text = segment.length() > MAX_SCANNED ? segment.substring(0, MAX_SCANNED) : segment;
            Matcher matcher = WORD.matcher(text);
            String previous = null;
            String pending = null;
            Brand pendingBrand = null;
            while (matcher.find()) {
                String word = POSSESSIVE.matcher(matcher.group()).replaceAll("");
                Matcher elided = ELIDED.matcher(word);
                boolean hasElision = elided.find();
                String bare = hasElision ? word.substring(elided.end()) : word;
                if (pending != null) {
                    if (!ResearchArms.DIVISION_WORDS.contains(bare.toLowerCase(Locale.ROOT))
                            && !(pendingBrand.kind() == Kind.INITIALS
                                    ? opensAUnit(bare)
                                    : opensAnotherName(bare, pendingBrand))) {
                        search(pending, pendingBrand, declared, factor, index, unfound);
                    }
                    pending = null;
                }
                Brand brand = bare.isEmpty() ? null : byLower.get(bare.toLowerCase(Locale.ROOT));
                if (brand != null && (hasElision || opensAName(previous)) && written(bare, brand)) {
                    pending = bare;
                    pendingBrand = brand;
                }
                previous = word;
            }
            if (pending != null) {
                search(pending, pendingBrand, declared, factor, index, unfound);
            }
        }
    }

    private static void search(
            String written,
            Brand brand,
            String declared,
            double factor,
            NameIndex<InstitutionEntry> index,
            List<NameIndex.Target<InstitutionEntry>> targets) {
        String normalised = NameNormaliser.normalise(written);
        Predicate<InstitutionEntry> gate = brand.kind() != Kind.INITIALS || declared == null || declared.isBlank()
                ? rule -> true
                : rule -> declared.strip().equalsIgnoreCase(rule.country());
        List<NameIndex.Target<InstitutionEntry>> gated =
                targets.stream().map(target -> target.and(gate)).toList();
        // the brand is searched as the listed name it stands for ("NIO, Inc."), an acronym also as acronyms are
        for (String name : brand.names()) {
            index.searchExact(name, factor, gated);
        }
        if (brand.kind() != Kind.WORD) {
            String capitals = written.toUpperCase(Locale.ROOT);
            for (NameIndex.Target<InstitutionEntry> target : gated) {
                index.searchAcronyms(capitals, normalised, factor, target.accept(), target.hits());
            }
        }
    }

    /**
     * Whether the word after a group's initials goes on with a name of its own: a unit or subsidiary named after its
     * group ("AVIC Shenyang Aircraft Design Institute", "CETC 32nd Research Institute"), not the group.
     */
    private static boolean opensAUnit(String next) {
        return Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0));
    }

    /**
     * Whether the capitalised word after a brand goes on with another body's name ("Zorbel Street Market"): it is no
     * word of the company's own names ("Quectel Wireless"), of a line of business, of a research unit, a legal form, a
     * place or region, a number or a model ("Huawei Technologies España", "Norinco Group Institute 208", "Knownsec 404
     * Team", "Acme EG25 module").
     */
    private boolean opensAnotherName(String next, Brand brand) {
        if (!Character.isUpperCase(next.charAt(0)) || next.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String normalised = NameNormaliser.normalise(next);
        if (brand.words().contains(normalised)) {
            return false;
        }
        String canonical = vocabulary.canonical(normalised);
        return !(ResearchArms.COMPANY_WORDS.contains(canonical)
                || ResearchArms.UNIT_WORDS.contains(canonical)
                || LegalForms.endsWithForm(normalised)
                || LegalForms.REGIONS.contains(normalised)
                || PlaceEvidence.isPlaceWord(normalised));
    }

    /** The word before a brand: none, a lower-case word, or a capitalised article or word that opens a clause. */
    private static boolean opensAName(String previous) {
        return previous == null
                || !Character.isUpperCase(previous.charAt(0))
                || OPENING.contains(previous.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is written as the lists write the brand, or in capitals (an acronym as the lists write it). */
    private static boolean written(String word, Brand brand) {
        boolean capitals = word.equals(word.toUpperCase(Locale.ROOT));
        return switch (brand.kind()) {
            case WORD -> brand.spellings().contains(word) || capitals;
            case REGISTERED -> capitals || Character.isUpperCase(word.charAt(0)) && word.length() > 1;
            case INITIALS -> capitals;
        };
    }

    /** The articles of the news sentences' names, and the conjunctions and prepositions before a brand. */
    private static Set<String> openingWords() {
        Set<String> words = new HashSet<>(NamesInNewsSentences.ARTICLES);
        words.addAll(List.of(
                "y", "e", "et", "und", "and", "con", "mit", "with", "von", "de", "di", "da", "of", "for", "para", "per",
                "pour", "für", "at", "by", "from", "bei"));
        return Set.copyOf(words);
    }
}
