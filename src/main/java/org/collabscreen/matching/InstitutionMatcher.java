package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves an institution name or affiliation string to institutions, gated by country. */
public final class InstitutionMatcher {

    /** A match found in one segment of an affiliation ranks below the same match on the whole input. */
    private static final double SEGMENT_FACTOR = 0.97;

    /**
     * A segment read with its leading acronym spelt out ranks lower still: only a near-exact listed name survives it
     * ("CAS Institute of Automation" spelt out is not the Shenyang Institute of Automation).
     */
    private static final double SPELT_OUT_FACTOR = 0.9;

    /**
     * Only acronyms of four characters or more name a group before a unit's name (AECC, CETC, CASC): shorter ones are
     * also words and other bodies' acronyms ("HIT Lab", "CAS Key Laboratory of …" at another institution).
     */
    private static final int MIN_GROUP_ACRONYM = 4;

    /** A unit named after its group's acronym ranks below the group named on its own. */
    private static final double UNIT_OF_GROUP_FACTOR = 0.88;

    private static final int MAX_PARENT_DEPTH = 8;

    /**
     * What the short form "…所" of an institute's name leaves out before 研究所: nothing (物理所, 物理研究所), or the
     * generic word technology or engineering after the field (计算所, 计算技术研究所; 过程所, 过程工程研究所).
     */
    private static final List<String> SHORT_FORM_DROPS = List.of("", "技术", "工程");

    /** How many hits after the requested number are reordered too, as some are dropped when reported. */
    private static final int REORDERED_BEYOND_LIMIT = 32;

    private static final Pattern BRACKETED = Pattern.compile("[(（]([^()（）]{1,40})[)）]");
    /** A place beside the word campus, in the languages that write it so: "campus de Weihai", "Weihai Campus". */
    private static final Pattern CAMPUS_WORD =
            Pattern.compile("(?iU)\\bcampus\\s+(?:(?:de|di|do|da|of|von|du)\\s+)?(\\p{L}+)|(\\p{L}+)\\s+campus\\b");

    private static final Comparator<InstitutionEntry> BY_NAME = Comparator.comparing(InstitutionEntry::name)
            .thenComparing(InstitutionEntry::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final NameIndex<InstitutionEntry> index;
    private final Map<UUID, InstitutionEntry> byId = new HashMap<>();
    private final NamedUnitsFirst namedUnitsFirst = new NamedUnitsFirst(byId, MAX_PARENT_DEPTH);
    private final EntryCountries countries = new EntryCountries(byId, MAX_PARENT_DEPTH);
    private final NumberedUnits numberedUnits;
    private final ShortMilitaryNames shortMilitaryNames;
    private final HanBrands hanBrands;
    private final BrandedCompanies brandedCompanies;
    private final RegionalArms regionalArms;
    private final BrandsInRunningText brandsInRunningText;
    private final ForeignNamesakes foreignNamesakes;
    private final HostedLaboratories hostedLaboratories;
    private final JoinedPinyinNames joinedPinyin;
    private final UniversitiesBeforeUnits universitiesBeforeUnits;
    /** The entries other entries name as their parent, by identity: the only ones whose presence ranking asks. */
    private final Set<InstitutionEntry> parents = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Every name of each entry, with the Latin renderings of its native names ({@link Romanisation}). */
    private final Map<InstitutionEntry, List<String>> names = new HashMap<>();
    /** A unit's own name, where the lists write its parent's before it ({@link UnitsAfterTheirParents}). */
    private final Map<InstitutionEntry, String> ownNames = new HashMap<>();
    /** Every entry's Han names, normalised ({@link Search#namedBeforeItsUnit}). */
    private final Map<String, InstitutionEntry> hanNames = new HashMap<>();
    /**
     * The listed campuses of a university, by the place its name gives in brackets after the university's own name
     * ("Harbin Institute of Technology (Shenzhen)", 哈尔滨工业大学（深圳）), normalised.
     */
    private final Map<InstitutionEntry, Map<String, InstitutionEntry>> campusUnits = new HashMap<>();
    /** The campuses each entry's name gives in brackets, worked out when first asked. */
    private final Map<InstitutionEntry, Set<String>> campuses = new ConcurrentHashMap<>();

    public InstitutionMatcher(List<InstitutionEntry> institutions) {
        institutions.forEach(rule -> byId.put(rule.id(), rule));
        UnitsAfterTheirParents unitsAfterParents = new UnitsAfterTheirParents(institutions);
        institutions.forEach(rule -> unitsAfterParents.ownName(rule.name()).ifPresent(own -> ownNames.put(rule, own)));
        institutions.forEach(rule -> names.put(rule, Romanisation.withRenderings(namesOf(rule))));
        this.index = new NameIndex<>(institutions, names::get, InstitutionVocabulary.INSTANCE);
        institutions.forEach(countries::file);
        institutions.forEach(rule -> countries.fileAbroad(rule, names.get(rule)));
        institutions.forEach(namedUnitsFirst::file);
        namedUnitsFirst.fileHosts(institutions);
        this.numberedUnits = new NumberedUnits(institutions, byId);
        this.shortMilitaryNames = new ShortMilitaryNames(names);
        this.hanBrands = new HanBrands(names, countries);
        this.brandedCompanies = new BrandedCompanies(names, countries, byId, InstitutionVocabulary.INSTANCE);
        this.regionalArms = new RegionalArms(names, countries, byId);
        this.brandsInRunningText = new BrandsInRunningText(names, countries, byId, InstitutionVocabulary.INSTANCE);
        this.foreignNamesakes = new ForeignNamesakes(institutions, countries);
        this.hostedLaboratories = new HostedLaboratories(institutions);
        this.joinedPinyin = new JoinedPinyinNames(names.values());
        this.universitiesBeforeUnits = new UniversitiesBeforeUnits(names.values());
        institutions.forEach(rule -> {
            if (rule.parentId() != null && byId.containsKey(rule.parentId())) {
                parents.add(byId.get(rule.parentId()));
            }
        });
        institutions.forEach(this::fileCampus);
        for (InstitutionEntry rule : institutions) {
            for (String name : names.get(rule)) {
                String normalised = NameNormaliser.normalise(name);
                if (isHanWord(normalised)) {
                    hanNames.putIfAbsent(normalised, rule);
                }
            }
        }
    }

    /** Files a unit named as its parent's name and a place in brackets as that parent's campus. */
    private void fileCampus(InstitutionEntry unit) {
        InstitutionEntry parent = unit.parentId() == null ? null : byId.get(unit.parentId());
        if (parent == null) {
            return;
        }
        Set<String> parentNames = new HashSet<>();
        names.get(parent).forEach(name -> parentNames.add(NameNormaliser.normalise(name)));
        for (String name : names.get(unit)) {
            Matcher bracketed = BRACKETED.matcher(name);
            if (bracketed.find()
                    && parentNames.contains(NameNormaliser.normalise(name.substring(0, bracketed.start())))) {
                campusUnits
                        .computeIfAbsent(parent, p -> new HashMap<>())
                        .putIfAbsent(NameNormaliser.normalise(bracketed.group(1)), unit);
            }
        }
    }

    private static boolean isHanWord(String normalised) {
        return normalised.length() >= 2 && normalised.indexOf(' ') < 0 && Tokens.containsCjk(normalised);
    }

    /** best first; empty when nothing passes minScore; country (ISO alpha-2) may be null = unknown */
    public List<NameMatch> match(String name, String country, double minScore, int limit) {
        if (name == null || name.isBlank() || limit <= 0) {
            return List.of();
        }
        Search search = new Search(searchable(name));
        BestHits<InstitutionEntry> hits = new BestHits<>(minScore, this::isParent);
        search.run(List.of(new Gated(country, minScore, hits)));
        return search.reported(hits, minScore, limit);
    }

    /**
     * Matches within the declared country and, when there are none, matches anywhere at or above {@code
     * anywhereMinScore}: the same as {@code match(name, country, minScore, limit)} followed, when that is empty and a
     * country was given, by {@code match(name, null, anywhereMinScore, anywhereLimit)}, but with the input analysed
     * and each candidate scored once for both.
     */
    public CountryMatches matchInCountryOrAnywhere(
            String name, String country, double minScore, int limit, double anywhereMinScore, int anywhereLimit) {
        if (name == null || name.isBlank()) {
            return new CountryMatches(List.of(), List.of());
        }
        Search search = new Search(searchable(name));
        BestHits<InstitutionEntry> inCountry = new BestHits<>(minScore, this::isParent);
        BestHits<InstitutionEntry> anywhere = new BestHits<>(anywhereMinScore, this::isParent);
        List<Gated> searches = new ArrayList<>(2);
        if (limit > 0) {
            searches.add(new Gated(country, minScore, inCountry));
        }
        if (country != null && anywhereLimit > 0) {
            searches.add(new Gated(null, anywhereMinScore, anywhere));
        }
        search.run(searches);
        List<NameMatch> found = limit > 0 ? search.reported(inCountry, minScore, limit) : List.of();
        if (!found.isEmpty() || country == null || anywhereLimit <= 0) {
            return new CountryMatches(found, List.of());
        }
        return new CountryMatches(found, search.reported(anywhere, anywhereMinScore, anywhereLimit));
    }

    /**
     * What {@link #matchInCountryOrAnywhere} found: the matches within the country, and the matches anywhere, which
     * are only looked for (else empty) when there are none within the country.
     */
    public record CountryMatches(List<NameMatch> inCountry, List<NameMatch> anywhere) {}

    /** One gated search: its country (null = any), the lowest score it keeps, and its hits. */
    private record Gated(String country, double minScore, BestHits<InstitutionEntry> hits) {}

    /** One input, analysed once: its segments, normalised form and places, searched for one or more gates. */
    private final class Search extends InputReadings {

        /** The acronyms of listed institutions that segments start with, found by the spelt-out reading. */
        private final List<String> leadingAcronyms = new ArrayList<>(1);
        /** The bodies those acronyms stand for, by the spelt-out segment ({@link AcronymBodyUnits}). */
        private final Map<String, InstitutionEntry> speltBodies = new HashMap<>(1);
        /** The country the search declares ({@link ForeignNamesakes}). */
        private String declared;

        Search(String input) {
            super(input);
        }

        void run(List<Gated> searches) {
            declared = declaredCountry(searches);
            List<NameIndex.Target<InstitutionEntry>> targets = new ArrayList<>(searches.size());
            for (Gated gated : searches) {
                index.searchAcronyms(input, whole, 1.0, acronymGate(gated.country()), gated.hits());
                targets.add(new NameIndex.Target<>(countries.gate(gated.country()), gated.minScore(), gated.hits()));
            }
            for (Gated gated : searches) {
                if (gated.country() != null && !gated.country().isBlank() && segments.size() > 1) {
                    // an acronym beside its city or region ("HIT, Harbin, China") has the context it needs
                    for (int i = 0; i < segments.size(); i++) {
                        if (OwnAcronyms.spellsTheNameBefore(input, segments, i)) {
                            continue;
                        }
                        index.searchAcronyms(
                                segments.get(i),
                                normalisedSegments.get(i),
                                SEGMENT_FACTOR,
                                acronymGate(gated.country()),
                                gated.hits());
                    }
                }
            }
            for (String acronym : AcronymsInContext.of(writtenParts(), normalisedParts())) {
                for (Gated gated : searches) {
                    index.searchAcronyms(
                            acronym,
                            NameNormaliser.normalise(acronym),
                            SEGMENT_FACTOR,
                            acronymGate(gated.country()),
                            gated.hits());
                }
            }
            if (segments.size() > 2) {
                index.searchExact(whole, 1.0, targets);
            } else {
                index.search(whole, 1.0, targets);
            }
            for (String part : AffiliationParts.partsOfNormalised(normalisedSegments)) {
                index.search(part, SEGMENT_FACTOR, targets);
            }
            for (String name : BracketedHanInserts.of(input)) {
                index.search(name, SEGMENT_FACTOR, targets);
            }
            for (String listed : StockCodes.listedNamesIn(whole)) {
                index.searchExact(listed, SEGMENT_FACTOR, targets);
            }
            for (String unit : HanNumberedUnits.of(segments)) {
                index.search(unit, SEGMENT_FACTOR, targets);
            }
            for (String joined : HanNamesAcrossASpace.of(input)) {
                index.searchExact(joined, SEGMENT_FACTOR, targets);
            }
            for (String named : HanNamesBeforeTheirPartners.of(input)) {
                index.searchExact(named, SEGMENT_FACTOR, targets);
                namedBeforeItsUnit(named, searches, targets);
            }
            for (String part : partsWithAcronymsSpelledOut(searches)) {
                index.search(part, SEGMENT_FACTOR, targets);
            }
            for (String part : segmentsWithTrailingAcronymSpelledOut(searches)) {
                index.search(part, SEGMENT_FACTOR, targets);
            }
            for (String part : segmentsWithLeadingAcronymSpelledOut(searches)) {
                index.search(part, SPELT_OUT_FACTOR, targets);
                AcronymBodyUnits.offer(index, part, speltBodies.get(part), SEGMENT_FACTOR, targets);
            }
            // a unit named after its group's acronym ("AECC Beijing Institute of …") is of that group, when no listed
            // unit is named so: the group ranks below any unit the spelt-out segment matches (MIN_GROUP_ACRONYM)
            for (String acronym : leadingAcronyms) {
                searchAcronymWhereDeclared(acronym, NameNormaliser.normalise(acronym), UNIT_OF_GROUP_FACTOR, searches);
            }

            for (String segment : normalisedParts()) {
                namedBeforeItsUnit(segment, searches, targets);
            }
            for (String segment : normalisedParts()) {
                String university = universitiesBeforeUnits.universityAt(segment);
                if (university != null) {
                    index.searchExact(university, SEGMENT_FACTOR, targets);
                }
            }
            for (String segment : normalisedParts()) {
                String named = shortMilitaryNames.nameAt(segment);
                if (named != null) {
                    shortMilitaryName(named, segment, searches);
                }
            }
            if (!campusUnits.isEmpty()
                    && (input.indexOf('(') >= 0
                            || input.indexOf('（') >= 0
                            || CAMPUS_WORD.matcher(input).find())) {
                searches.forEach(this::campusNamed);
            }
            for (String part : cyrillicInLatin()) {
                index.search(part, SEGMENT_FACTOR, targets);
            }
            String han = KoreanNames.inHan(input);
            if (han != null) {
                // a name in Hangul, read in Han characters (KoreanNames), whole and by its parts
                index.search(NameNormaliser.normalise(han), SEGMENT_FACTOR, targets);
                for (String part : AffiliationParts.parts(AffiliationParts.segments(han))) {
                    index.search(part, SEGMENT_FACTOR, targets);
                }
            }
            for (String part : cyrillicInLatinWithoutEponym()) {
                index.search(part, SPELT_OUT_FACTOR, targets);
            }
            List<String> cyrillic = latin().isEmpty() ? List.of() : writtenParts();
            for (RussianEponymNames.AcademyAcronym acronym : RussianEponymNames.academyAcronyms(cyrillic)) {
                for (Gated gated : searches) {
                    index.searchAcronyms(
                            acronym.acronym(),
                            NameNormaliser.normalise(acronym.acronym()),
                            SPELT_OUT_FACTOR,
                            acronymGate(gated.country()).and(rule -> acronym.namesPerson(names.get(rule))),
                            gated.hits());
                }
            }
            if (namesRussia(searches)) {
                for (String segment : normalisedParts()) {
                    String unit = Eponyms.withoutLeadingSurnames(segment, index.vocabulary());
                    if (unit != null) {
                        index.search(unit, SPELT_OUT_FACTOR, targets);
                        for (String head : NameHeads.of(unit, index.vocabulary())) {
                            index.searchExact(head, SPELT_OUT_FACTOR, targets);
                        }
                    }
                }
            }
            for (String part : camelCaseSplit()) {
                index.search(part, SEGMENT_FACTOR, targets);
            }
            for (String name : namesInFreeText(joinedPinyin)) {
                index.searchExact(name, SEGMENT_FACTOR, targets);
            }
            for (NamesInNewsSentences.Named named : newsNames(index.vocabulary())) {
                index.search(named.name(), SEGMENT_FACTOR, NamesInNewsSentences.inAnyCountryWhole(targets));
            }
            NamesInCvLines.search(index, cvNames(), SEGMENT_FACTOR, targets, countries, declared);
            List<String> led = new ArrayList<>(0);
            for (String segment : writtenParts()) {
                String named = FreeTextNames.afterLead(segment);
                named = named == null ? RecordFieldLabels.afterLabel(segment) : named;
                if (named != null) {
                    led.add(NameNormaliser.normalise(named));
                    namedAfterALead(led.get(led.size() - 1), targets);
                }
            }
            for (String part : normalisedParts()) {
                String unnamed = SegmentReadings.withoutEponym(part);
                if (unnamed != null) {
                    index.search(unnamed, SPELT_OUT_FACTOR, targets);
                }
                for (String reading : SegmentReadings.respelt(part)) {
                    index.search(reading, SEGMENT_FACTOR, targets);
                }
            }
            // the shorter readings below must name a listed entry exactly: a hash lookup, no retrieval
            for (String part : normalisedParts()) {
                String owned = SegmentReadings.beforeItsOwner(part);
                if (owned != null) {
                    index.searchExact(owned, SPELT_OUT_FACTOR, targets);
                }
            }
            // a research arm after a lead ("Staff researcher at Acme AI Lab") is named by its brand too
            List<String> segmentsAndLed = new ArrayList<>(normalisedParts());
            segmentsAndLed.addAll(led);
            for (String brand : ResearchArms.shortNamesIn(segmentsAndLed, index.vocabulary())) {
                index.searchExact(brand, SPELT_OUT_FACTOR, targets);
            }
            List<String> brands = new ArrayList<>(1);
            for (String segment : normalisedParts()) {
                for (String head : NameHeads.of(segment, index.vocabulary())) {
                    index.searchExact(head, SPELT_OUT_FACTOR, targets);
                }
                String company = LegalForms.withoutPlaces(segment);
                if (company != null) {
                    index.searchExact(company, SPELT_OUT_FACTOR, targets);
                }
                for (String named :
                        new String[] {PlantWords.namedBefore(segment), HanLegalForms.namedBefore(segment)}) {
                    if (named != null) {
                        index.searchExact(named, SEGMENT_FACTOR, targets);
                    }
                }
                String brand = BrandedCompanies.brandOf(segment, index.vocabulary());
                brand = brand == null ? ProductLines.brandOf(segment) : brand;
                if (brand != null) {
                    brands.add(brand);
                }
            }
            for (String named : led) {
                // a company after a lead ("Industrial partner: Acme Technologies Bremen GmbH") is named by its brand
                String brand = BrandedCompanies.brandOf(named, index.vocabulary());
                if (brand != null) {
                    brands.add(brand);
                }
            }
            for (String segment : writtenParts()) {
                String parent = NameHeads.parentOfNumberedUnit(segment);
                if (parent != null) {
                    String normalisedParent = NameNormaliser.normalise(parent);
                    searchAcronymWhereDeclared(parent, normalisedParent, SPELT_OUT_FACTOR, searches);
                    // searched, not looked up: a group is written without its legal form ("… Technology Group"); only
                    // the rare segment that numbers a unit pays for it
                    index.search(normalisedParent, SPELT_OUT_FACTOR, targets);
                }
            }
            for (HostedLaboratories.Named laboratory : hostedLaboratories.named(whole, normalisedParts())) {
                InstitutionEntry rule = laboratory.rule();
                for (NameIndex.Target<InstitutionEntry> target : targets) {
                    if (target.accept().test(rule)) {
                        target.hits()
                                .offer(
                                        rule,
                                        SEGMENT_FACTOR,
                                        rule.name(),
                                        true,
                                        laboratory.segment(),
                                        MatchMethod.HOSTED_LABORATORY);
                    }
                }
            }
            for (Gated gated : searches) {
                numberedUnits.offer(
                        unitNumbers(), gated.hits(), gated.minScore(), countries.gate(gated.country()), input);
            }
            regionalArms.offer(input, targets);
            for (String company : HanBranches.companiesOf(input)) {
                index.searchExact(NameNormaliser.normalise(company), SEGMENT_FACTOR, targets);
            }
            brandsInRunningText.offer(writtenParts(), declared, SPELT_OUT_FACTOR, index, targets);
            for (NameIndex.Target<InstitutionEntry> target : targets) {
                if (!target.hits().anyAtLeast(target.minScore())) {
                    brandsWhereNothingWasFound(brands, target);
                }
            }
        }

        /**
         * A Han segment that starts with a listed institution's name and goes on with a unit's name: Chinese writes an
         * institution before its units, without a space. The institution is read on its own (清华大学微电子研究所 is
         * Tsinghua's, not the Academy's institute of that name), and, when it is a listed parent, the rest as the name
         * of one of its own units: 中国工程物理研究院激光聚变研究中心 is the Academy's Laser Fusion Research Center,
         * 中科院半导体所 the Academy's Institute of Semiconductors ("…所" is short for "…研究所", or for "…技术研究所"
         * and "…工程研究所": 中科院计算所 is the Academy's 计算技术研究所).
         */
        private void namedBeforeItsUnit(
                String segment, List<Gated> searches, List<NameIndex.Target<InstitutionEntry>> targets) {
            if (hanNames.isEmpty() || !isHanWord(segment)) {
                return;
            }
            for (int end = segment.length() - 2; end >= 2; end--) {
                String named = segment.substring(0, end);
                InstitutionEntry institution = hanNames.get(named);
                if (institution == null) {
                    continue;
                }
                String unit = segment.substring(end);
                InstitutionEntry listedUnit = hanNames.get(unit);
                boolean ownUnit = listedUnit != null
                        && (listedUnit.parentId() == null
                                ? !HanUnits.isSchoolOfUniversity(named, unit)
                                : LegalForms.sameBody(byId.get(listedUnit.parentId()), institution));
                if (ownUnit) {
                    // the unit is listed itself (中国商飞上海飞机设计研究院): the most specific entry is the unit
                    index.searchExact(unit, SEGMENT_FACTOR, targets);
                } else if (HanUnits.isUnitName(unit) && !ShortNamesInLongerNames.runsOnAt(segment, end)) {
                    index.searchExact(named, SEGMENT_FACTOR, targets);
                }
                if (parents.contains(institution)) {
                    unitOf(institution, unit, searches);
                }
                // a unit of a unit: 军事科学院军事医学研究院微生物流行病研究所
                namedBeforeItsUnit(unit, searches, targets);
                return;
            }
        }

        /** A PLA body named by its short name ({@link ShortMilitaryNames}), where the input places it in its country. */
        private void shortMilitaryName(String named, String segment, List<Gated> searches) {
            for (InstitutionEntry rule : shortMilitaryNames.entries(named)) {
                String country = countries.countryOf(rule);
                for (Gated gated : searches) {
                    boolean placed = gated.country() == null || gated.country().isBlank()
                            ? placed().contains(country)
                            : gated.country().strip().equalsIgnoreCase(country);
                    if (country != null && placed) {
                        gated.hits().offer(rule, SEGMENT_FACTOR, named, false, segment, MatchMethod.EXACT);
                    }
                }
            }
        }

        private void unitOf(InstitutionEntry parent, String unit, List<Gated> searches) {
            List<NameIndex.Target<InstitutionEntry>> ofParent = new ArrayList<>(searches.size());
            for (Gated gated : searches) {
                Predicate<InstitutionEntry> own = rule -> parent.id().equals(rule.parentId());
                ofParent.add(new NameIndex.Target<>(
                        countries.gate(gated.country()).and(own), gated.minScore(), gated.hits()));
            }
            index.searchExact(unit, SEGMENT_FACTOR, ofParent);
            if (unit.endsWith("所") && !unit.endsWith("研究所")) {
                String field = unit.substring(0, unit.length() - 1);
                for (String generic : SHORT_FORM_DROPS) {
                    index.searchExact(field + generic + "研究所", SEGMENT_FACTOR, ofParent);
                }
            }
        }

        /**
         * A university matched, with the place of one of its listed campuses in brackets ("哈工大（深圳）…", "Harbin Inst.
         * Technol. (Shenzhen)") or beside the word campus ("campus de Weihai", "Weihai campus"), is that campus: the
         * campus is offered at the university's score, and ranks above it as its unit.
         */
        private void campusNamed(Gated gated) {
            Set<String> bracketed = new HashSet<>();
            for (Pattern named : List.of(BRACKETED, CAMPUS_WORD)) {
                Matcher matcher = named.matcher(input);
                while (matcher.find()) {
                    String place = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    bracketed.add(NameNormaliser.normalise(place));
                }
            }
            for (Map.Entry<InstitutionEntry, Map<String, InstitutionEntry>> university : campusUnits.entrySet()) {
                BestHits.Hit<InstitutionEntry> hit = gated.hits().get(university.getKey());
                if (hit == null || hit.score() < gated.minScore()) {
                    continue;
                }
                for (String place : bracketed) {
                    InstitutionEntry campus = university.getValue().get(place);
                    if (campus != null && countries.gate(gated.country()).test(campus)) {
                        gated.hits().offer(campus, hit.score(), campus.name(), true, input, MatchMethod.CAMPUS);
                    }
                }
            }
        }

        /**
         * A company's brand before other words ({@link BrandedCompanies}, {@link HanBrands}) is weaker evidence than
         * any name found: it is read only in a search that found none.
         */
        private void brandsWhereNothingWasFound(List<String> brands, NameIndex.Target<InstitutionEntry> target) {
            for (String brand : brands) {
                index.searchExact(brand, SPELT_OUT_FACTOR, List.of(companyOnly(target)));
                InstitutionEntry company = brandedCompanies.companyOf(brand);
                if (company != null && target.accept().test(company)) {
                    target.hits().offer(company, SPELT_OUT_FACTOR, company.name(), false, brand, MatchMethod.EXACT);
                }
            }
            for (String segment : normalisedParts()) {
                for (InstitutionEntry company : hanBrands.companiesOf(segment)) {
                    if (target.accept().test(company)) {
                        target.hits()
                                .offer(company, SPELT_OUT_FACTOR, company.name(), false, segment, MatchMethod.EXACT);
                    }
                }
            }
        }

        /**
         * A name a lead introduces ({@link FreeTextNames#afterLead}) is searched as a name; written whole, it is where
         * the writer worked or what gave to them, in any country: the declared country is the writer's own.
         */
        private void namedAfterALead(String named, List<NameIndex.Target<InstitutionEntry>> targets) {
            index.search(named, SEGMENT_FACTOR, targets);
            List<NameIndex.Target<InstitutionEntry>> anyCountry = new ArrayList<>(targets.size());
            for (NameIndex.Target<InstitutionEntry> target : targets) {
                anyCountry.add(new NameIndex.Target<>(rule -> true, target.minScore(), target.hits()));
            }
            index.searchExact(named, SEGMENT_FACTOR, anyCountry);
        }

        /** The same search, of listed companies only. */
        private NameIndex.Target<InstitutionEntry> companyOnly(NameIndex.Target<InstitutionEntry> target) {
            return target.and(countries::isCompany);
        }

        /** An acronym (or a name) searched as one, in each search that declares a country: the acronym's context. */
        private void searchAcronymWhereDeclared(
                String written, String normalised, double factor, List<Gated> searches) {
            for (Gated gated : searches) {
                if (gated.country() != null && !gated.country().isBlank()) {
                    index.searchAcronyms(written, normalised, factor, acronymGate(gated.country()), gated.hits());
                }
            }
        }

        /**
         * Each segment that starts with the acronym of one listed institution of the declared country, followed by
         * more words, again with the acronym spelt out as that institution's name: "CAS Key Laboratory of Quantum
         * Information" also reads as "Chinese Academy of Sciences Key Laboratory of Quantum Information", the unit's
         * name as listed.
         */
        private List<String> segmentsWithLeadingAcronymSpelledOut(List<Gated> searches) {
            String country = declaredCountry(searches);
            if (country == null) {
                return List.of();
            }
            List<String> written = writtenParts();
            List<String> normalised = normalisedParts();
            List<String> parts = new ArrayList<>(1);
            for (int i = 0; i < written.size(); i++) {
                String segment = written.get(i).strip();
                int space = segment.indexOf(' ');
                int normalisedSpace = normalised.get(i).indexOf(' ');
                if (space <= 0 || normalisedSpace <= 0 || !Acronyms.isAcronym(segment.substring(0, space))) {
                    continue;
                }
                String first = segment.substring(0, space);
                List<InstitutionEntry> meant =
                        index.acronymRules(first, NameNormaliser.normalise(first), acronymGate(country));
                if (meant.size() == 1) {
                    String spelt = NameNormaliser.normalise(meant.get(0).name())
                            + normalised.get(i).substring(normalisedSpace);
                    parts.add(spelt);
                    speltBodies.put(spelt, meant.get(0));
                    if (first.length() >= MIN_GROUP_ACRONYM
                            || KeyLaboratories.namedWithHost(normalised, i, index.vocabulary())) {
                        leadingAcronyms.add(first);
                    }
                }
            }
            return parts;
        }

        /**
         * Each segment that ends with the acronym of one listed institution of the declared country, after a unit's
         * name ({@link TrailingAcronyms}), with the acronym spelt out: "Institute of Widgets CAS" also reads as
         * "Institute of Widgets Chinese Academy of Sciences".
         */
        private List<String> segmentsWithTrailingAcronymSpelledOut(List<Gated> searches) {
            String country = declaredCountry(searches);
            if (country == null) {
                return List.of();
            }
            List<String> written = writtenParts();
            List<String> normalised = normalisedParts();
            List<String> parts = new ArrayList<>(0);
            for (int i = 0; i < written.size(); i++) {
                String acronym = TrailingAcronyms.trailing(written.get(i));
                if (acronym == null || normalised.get(i).indexOf(' ') <= 0) {
                    continue;
                }
                List<InstitutionEntry> meant =
                        index.acronymRules(acronym, NameNormaliser.normalise(acronym), acronymGate(country));
                if (meant.size() == 1) {
                    parts.add(TrailingAcronyms.spelt(
                            normalised.get(i), meant.get(0).name()));
                }
            }
            return parts;
        }

        /**
         * Whether the input is Russian by its context: the declared country, a place it names, or the Academy's name
         * or acronym after a name. Only there is a surname before "Institute" read as an eponym.
         */
        private boolean namesRussia(List<Gated> searches) {
            return "RU".equalsIgnoreCase(declaredCountry(searches))
                    || whole.contains(" ras")
                    || whole.contains("russian academy")
                    || placed().contains("RU");
        }

        private static String declaredCountry(List<Gated> searches) {
            return searches.stream()
                    .map(Gated::country)
                    .filter(c -> c != null && !c.isBlank())
                    .findFirst()
                    .orElse(null);
        }

        /**
         * The neighbouring pairs of segments again, with an acronym segment that stands for a listed institution of
         * the declared country spelt out as its name: "Shenyang Institute of Automation, CAS" also reads as
         * "Shenyang Institute of Automation Chinese Academy of Sciences", the name of the unit it is. Only pairs not
         * searched already.
         */
        private List<String> partsWithAcronymsSpelledOut(List<Gated> searches) {
            if (segments.size() < 2) {
                return List.of();
            }
            String country = declaredCountry(searches);
            if (country == null) {
                return List.of();
            }
            List<String> spelt = new ArrayList<>(normalisedSegments);
            boolean changed = false;
            for (int i = 0; i < segments.size(); i++) {
                List<InstitutionEntry> meant =
                        index.acronymRules(segments.get(i), normalisedSegments.get(i), acronymGate(country));
                if (meant.size() == 1) {
                    spelt.set(i, NameNormaliser.normalise(meant.get(0).name()));
                    changed = true;
                }
            }
            if (!changed) {
                return List.of();
            }
            List<String> parts = new ArrayList<>(AffiliationParts.pairsOfNormalised(spelt));
            parts.removeAll(AffiliationParts.partsOfNormalised(normalisedSegments));
            return parts;
        }

        /**
         * On equal scores, and ranks as units, the entry found in the segment written first ranks first: an
         * affiliation goes from the unit to the bodies above it ("Nanjing Institute of …, National Astronomical
         * Observatories, CAS").
         */
        private List<BestHits.Hit<InstitutionEntry>> writtenFirst(
                List<BestHits.Hit<InstitutionEntry>> ranked, BestHits<InstitutionEntry> hits) {
            if (ranked.size() < 2) {
                return ranked;
            }
            String padded = " " + whole + " ";
            List<BestHits.Hit<InstitutionEntry>> ordered = new ArrayList<>(ranked);
            ordered.sort(Comparator.<BestHits.Hit<InstitutionEntry>>comparingLong(hit -> Math.round(hit.score() * 1e9))
                    .reversed()
                    .thenComparingInt(hit -> unitRank(hit.rule(), hits))
                    .thenComparingInt(hit -> NamedUnitsFirst.writtenAt(padded, hit.searched())));
            return ordered;
        }

        List<NameMatch> reported(BestHits<InstitutionEntry> hits, double minScore, int limit) {
            Set<String> placed = placed();
            List<NameMatch> matches = new ArrayList<>();
            List<BestHits.Hit<InstitutionEntry>> ranked = hits.ranked(minScore, Integer.MAX_VALUE, unitsFirst(hits));
            // only the first hits can be reported: they alone are reordered (a common word can hit thousands of names)
            int window = (int) Math.min(ranked.size(), (long) limit + REORDERED_BEYOND_LIMIT);
            List<BestHits.Hit<InstitutionEntry>> reordered = new ArrayList<>(DeclaredCountryFirst.first(
                    GroupsWrittenOutright.first(
                            namedUnitsFirst.reorder(writtenFirst(ranked.subList(0, window), hits), " " + whole + " "),
                            minScore),
                    declared,
                    countries::countryOf,
                    List.of(" " + whole + " ", " " + NameNormaliser.normalise(latin()) + " ")));
            reordered.addAll(ranked.subList(window, ranked.size()));
            for (BestHits.Hit<InstitutionEntry> hit : reordered) {
                if (matches.size() == limit) {
                    break;
                }
                String alias = MatchExplanation.reportedAlias(input, hit, names.get(hit.rule()));
                WeightedName aliasName = alias.equals(hit.alias()) ? hit.aliasName() : null;
                Set<String> placedAroundName = placedAroundNewsName(hit.searched());
                if (!(countries.placedWhereListed(placed, hit.rule(), alias, aliasName)
                                || (placedAroundName != null
                                        && countries.placedWhereListed(placedAroundName, hit.rule(), alias, aliasName))
                                || countries.placedWhereListed(
                                        placedAround(alias, index.vocabulary()), hit.rule(), alias, aliasName))
                        || OrganisationKinds.differ(hit.searched(), alias, index.vocabulary())
                        || TechnologyForms.differ(hit.searched(), alias)
                        || !sameCampus(campuses(), hit.rule())
                        || TaiwanNationalNames.differ(input, hit.rule())
                        || foreignNamesakes.differ(
                                input, whole, declared, hit.rule(), countries.countryOf(hit.rule()), alias)
                        || UnitNumbers.differ(unitNumbers(), UnitNumbers.of(NameNormaliser.normalise(alias)))
                        || UnitNumbers.missingFrom(unitNumbers(), NameNormaliser.normalise(alias))
                        || numberedUnits.numbersAnother(unitNumbers(), hit.rule())) {
                    continue;
                }
                BestHits.Hit<InstitutionEntry> reported = new BestHits.Hit<>(
                        hit.rule(), hit.score(), alias, hit.primary(), hit.searched(), hit.method(), aliasName);
                matches.add(new NameMatch(
                        hit.rule().id(),
                        hit.score(),
                        alias,
                        MatchExplanation.of(input, whole, folded(), reported, index.vocabulary())));
            }
            return matches;
        }
    }

    /**
     * Whether a listed entry named with its campus ("China University of Geosciences (Wuhan)") may be the input's
     * institution: not when the input names another campus in the same way ("… (Beijing)"). The campus may be written
     * in any of the entry's names: 中国地质大学(武汉) gives it in Han as (Wuhan) does in Latin letters.
     */
    private boolean sameCampus(Set<String> inputCampuses, InstitutionEntry rule) {
        if (inputCampuses.isEmpty()) {
            return true;
        }
        Set<String> listed = campuses.computeIfAbsent(rule, this::listedCampuses);
        return listed.isEmpty() || listed.stream().anyMatch(inputCampuses::contains);
    }

    private Set<String> listedCampuses(InstitutionEntry rule) {
        Set<String> listed = new HashSet<>(Campuses.of(rule.name()));
        if (!listed.isEmpty()) {
            names.get(rule).forEach(name -> listed.addAll(Campuses.of(name)));
        }
        return Set.copyOf(listed);
    }

    /**
     * The name as the search reads it: a name written phonetically in katakana or Hangul, or in Arabic, in its Latin
     * words ({@link PhoneticNames}, {@link ArabicNames}), a Russian legal form before it and guillemets around it left
     * out, the Academy and its branches written out abbreviated, the Ministry of Defence written out in full, a centre
     * after a unit's name read apart ({@link RussianLegalFormsBeforeAName}, {@link RussianAcademyWrittenOut}, {@link
     * RussianMinistryOfDefenceWrittenOut}, {@link RussianUnitBeforeItsCentre}).
     */
    private static String searchable(String name) {
        String phonetic = PhoneticNames.inLatin(name);
        phonetic = phonetic != null ? phonetic : ArabicNames.inLatin(name);
        String withoutForm = RussianLegalFormsBeforeAName.without((phonetic != null ? phonetic : name).strip());
        return RussianUnitBeforeItsCentre.apart(
                RussianMinistryOfDefenceWrittenOut.writtenOut(RussianAcademyWrittenOut.abbreviated(withoutForm)));
    }

    /** Whether another entry names this one as its parent: only then does {@link #unitsFirst} ask for its hits. */
    private boolean isParent(InstitutionEntry rule) {
        return parents.contains(rule);
    }

    /**
     * On equal scores a sub-unit whose parent the input names too ranks above its parent: the affiliation names the
     * unit. A sub-unit whose parent the input does not name ranks below any other institution it names: "Institute of
     * Microelectronics, Tsinghua University" is Tsinghua's institute, not the Academy's unit of that name.
     */
    private Comparator<InstitutionEntry> unitsFirst(BestHits<InstitutionEntry> hits) {
        return Comparator.comparingInt((InstitutionEntry rule) -> unitRank(rule, hits))
                .thenComparing(BY_NAME);
    }

    /**
     * 0 for an entry without a listed parent, 1 for a unit whose parent the input does not name; a unit whose parent
     * it names ranks by how many of its ancestors it names, deepest first (-1, -2, …): an institute of an academy of a
     * group named with both ranks above the academy.
     */
    private int unitRank(InstitutionEntry rule, BestHits<InstitutionEntry> hits) {
        int named = 0;
        InstitutionEntry current = rule;
        for (int depth = 0; depth < MAX_PARENT_DEPTH; depth++) {
            InstitutionEntry parent = current.parentId() == null ? null : byId.get(current.parentId());
            if (parent == null) {
                return -named;
            }
            if (!hits.contains(parent)) {
                return named == 0 ? 1 : -named;
            }
            named++;
            current = parent;
        }
        return -named;
    }

    private static Predicate<InstitutionEntry> acronymGate(String country) {
        if (country == null || country.isBlank()) {
            return rule -> true;
        }
        String wanted = country.strip();
        return rule -> wanted.equalsIgnoreCase(rule.country());
    }

    /**
     * The entry's name, its aliases and the other public names {@link OtherNames} files under its name, each PLA name
     * also without its prefixes ({@link MilitaryPrefixes}), each company's without its registration form and each
     * Chinese group's Han name with its other forms ({@link LegalForms}), each name without the person it is named
     * after ({@link ListedEponyms}), each Russian acronym without its legal form ({@link RussianLegalForms}) and each
     * name a listed name quotes ({@link QuotedNames}). An alias that only names a Chinese province names no institution
     * ({@link ChineseProvinces#isOnlyProvince}). A 学院 is named with each of its English renderings ({@link
     * CollegeRenderings}).
     */
    private List<String> namesOf(InstitutionEntry rule) {
        Set<String> names = new LinkedHashSet<>();
        names.add(rule.name());
        InstitutionEntry parent = rule.parentId() == null ? null : byId.get(rule.parentId());
        UnitOfParentNames.of(rule, parent).ifPresent(names::add);
        String own = ownNames.get(rule);
        if (own != null) {
            names.add(own);
        }
        for (String alias : rule.aliases()) {
            if (!ChineseProvinces.isOnlyProvince(NameNormaliser.normalise(alias))) {
                names.add(alias);
            }
        }
        names.addAll(OtherNames.INSTITUTIONS.of(rule.name()));
        for (String name : List.copyOf(names)) {
            names.addAll(MilitaryPrefixes.shorterNames(name));
            LegalForms.withoutRegistration(name).ifPresent(names::add);
            LegalForms.withoutProvince(name).ifPresent(names::add);
            HanShortNames.of(name).ifPresent(names::add);
            ListedEponyms.withoutEponym(name).ifPresent(names::add);
            SovietOrders.withoutOrders(name).ifPresent(names::add);
            names.addAll(RussianLegalForms.withoutForms(name));
            names.addAll(RussianLegalForms.withoutWrittenForms(name));
            names.addAll(QuotedNames.of(name));
            names.addAll(LegalForms.hanGroupNames(name));
            withoutOwnAcronym(name).ifPresent(names::add);
            names.addAll(HanKeyLaboratoryKinds.otherKinds(name));
            names.addAll("RU".equals(countries.countryOf(rule)) ? RussianInstituteRenderings.of(name) : List.of());
        }
        List<String> parentsNames = parent == null ? List.of() : OtherNames.INSTITUTIONS.of(parent.name());
        names.addAll(UnitsAfterAnotherParentName.of(List.copyOf(names), parent, parentsNames));
        names.addAll(CollegeRenderings.of(names));
        return List.copyOf(names);
    }

    /**
     * A listed name that writes its own acronym as a segment after the name ("A.A. Kharkevich Institute for Information
     * Transmission Problems, IITP, Russian Academy of Sciences"), without it: affiliations write the name and the
     * parent, and the acronym on its own.
     */
    private static Optional<String> withoutOwnAcronym(String name) {
        String[] segments = name.split(",\\s*");
        for (int i = 1; i < segments.length - 1; i++) {
            if (Acronyms.isAcronym(segments[i].strip())) {
                List<String> kept = new ArrayList<>(List.of(segments));
                kept.remove(i);
                return Optional.of(String.join(", ", kept));
            }
        }
        return Optional.empty();
    }
}
