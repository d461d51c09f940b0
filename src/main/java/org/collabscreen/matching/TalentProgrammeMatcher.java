package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Resolves talent-programme names as typed by users, and finds programmes mentioned in free text. */
public final class TalentProgrammeMatcher {

    private static final int MAX_MENTIONS = 100;
    private static final Comparator<ProgrammeEntry> BY_NAME = Comparator.comparing(ProgrammeEntry::name)
            .thenComparing(ProgrammeEntry::code, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final NameIndex<ProgrammeEntry> index;
    private final ProgrammeMentions mentions;
    private final CjkShortForms<ProgrammeEntry> shortForms;
    private final SubProgrammes subProgrammes;
    private final MeasuresAndAddresses measures;
    /** Each native name's pinyin with its syllable boundaries removed, and the native name it renders. */
    private final Map<String, String> joinedPinyin = new HashMap<>();

    private final PinyinShortForms<ProgrammeEntry> pinyinShortForms = new PinyinShortForms<>();

    /** Each native name of a programme that has several, with all of them (海外高层次人才引进计划 and 千人计划). */
    private final Map<String, List<String>> sameProgramme = new HashMap<>();

    /** The words of every listed name, as {@link ProgrammeVocabulary} reads them. */
    private final Set<String> knownWords = new HashSet<>();

    /**
     * The input read by its programme words alone ({@link #knownWordsOnly}) must name a listed programme almost
     * exactly: "1000 Genomes Project" read as "1000 project" is not the Thousand Talents Plan.
     */
    private static final double KNOWN_WORDS_MIN_SCORE = 0.92;

    /** A native name found inside a longer phrase ranks below a name the whole input gives. */
    private static final double CONTAINED_NATIVE_NAME = 0.9;

    /** The score of a sub-programme named by its parent's name and its own qualifying words alone. */
    private static final double QUALIFIED_SUB_PROGRAMME = 0.9;

    /** A programme named in brackets or after a comma ranks below one named by the whole input. */
    private static final double SEGMENT_FACTOR = 0.97;

    public TalentProgrammeMatcher(List<ProgrammeEntry> programmes) {
        Map<ProgrammeEntry, List<String>> names = new HashMap<>();
        programmes.forEach(rule -> names.put(rule, withJoinedPinyin(rule, namesOf(rule))));
        this.index = new NameIndex<>(programmes, names::get, ProgrammeVocabulary.INSTANCE);
        this.mentions = new ProgrammeMentions(programmes);
        this.shortForms = new CjkShortForms<>(programmes, TalentProgrammeMatcher::namesOf);
        this.subProgrammes = new SubProgrammes(programmes);
        names.values().forEach(list -> list.forEach(name -> knownWords.addAll(words(NameNormaliser.normalise(name)))));
        this.measures = new MeasuresAndAddresses(
                names.values().stream().flatMap(List::stream).toList());
        for (ProgrammeEntry rule : programmes) {
            List<String> han = namesOf(rule).stream()
                    .map(NameNormaliser::normalise)
                    .filter(name -> !name.isEmpty() && Tokens.containsCjk(name) && name.indexOf(' ') < 0)
                    .distinct()
                    .toList();
            if (han.size() > 1) {
                han.forEach(name -> sameProgramme.put(name, han));
            }
        }
    }

    /**
     * A Han input that starts with one native name of a programme, written with each of its other native names in
     * its place: a sub-programme is named after its parent by any of the parent's names (海外高层次人才引进计划青年项目 is
     * 千人计划青年项目).
     */
    private List<String> withParentRenamed(String normalised) {
        if (!Tokens.containsCjk(normalised) || normalised.indexOf(' ') >= 0) {
            return List.of();
        }
        List<String> renamed = new ArrayList<>();
        sameProgramme.forEach((name, all) -> {
            if (normalised.length() > name.length() && normalised.startsWith(name)) {
                String rest = normalised.substring(name.length());
                all.stream().filter(other -> !other.equals(name)).forEach(other -> renamed.add(other + rest));
            }
        });
        return renamed;
    }

    /**
     * The input with the words that no listed name holds left out, when that leaves two words or more and drops one
     * at least: a programme named with words around its name ("Russian Academic Excellence Project 5-100",
     * "Tausend-Talente-Programm der chinesischen Regierung") is read by the words of programme names. Null otherwise.
     */
    private String knownWordsOnly(String normalised) {
        Vocabulary vocabulary = ProgrammeVocabulary.INSTANCE;
        String[] tokens = vocabulary.rewrite(normalised).split(" ");
        StringBuilder kept = new StringBuilder();
        int count = 0;
        int weighty = 0;
        boolean droppedAfterWeighty = false;
        boolean lastKeptWeighty = false;
        boolean lastKeptNumber = false;
        for (String token : tokens) {
            String canonical = vocabulary.canonical(token);
            if (!knownWords.contains(canonical) && lastKeptNumber && CountedThings.isCountedWord(token)) {
                // a number followed by a thing it counts: "Project 1000 Solar Roofs", "Thousand Stars Talent Program"
                return null;
            }
            lastKeptNumber = false;
            if (knownWords.contains(canonical)) {
                if (droppedAfterWeighty && canonical.equals("plan")) {
                    // a word of no programme between a name's word and "project" says which project it is: "Peacock
                    // conservation project" is a conservation project, not the Peacock Plan
                    return null;
                }
                kept.append(count++ == 0 ? "" : " ").append(token);
                boolean weighs = vocabulary.weight(canonical) > ProgrammeVocabulary.FUNCTION_WORD;
                // a function word between a name's word and the words dropped keeps the name's word last:
                // "Hundred Talents of Hollywood oral-history project" is a history project
                lastKeptWeighty = weighs || lastKeptWeighty && !droppedAfterWeighty;
                weighty += weighs ? 1 : 0;
                lastKeptNumber = CountedThings.isNumber(canonical);
                droppedAfterWeighty = false;
            } else {
                droppedAfterWeighty = lastKeptWeighty;
            }
        }
        // two words that weigh: "in" kept beside "Qiming" in "Qiming Venture Partners … in …" names nothing
        return weighty >= 2 && count < tokens.length ? kept.toString() : null;
    }

    /**
     * Whether a number in the reading is followed by a word of no listed name, which it counts ("Project 1000 Solar
     * Roofs"; {@link CountedThings}).
     */
    private boolean countsAnotherThing(String reading) {
        Vocabulary vocabulary = ProgrammeVocabulary.INSTANCE;
        String[] tokens = vocabulary.rewrite(reading).split(" ");
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!CountedThings.isNumber(vocabulary.canonical(tokens[i]))) {
                continue;
            }
            // the plural right after the number, or after one word that qualifies it ("1000 solar roofs")
            for (int at = i + 1; at < tokens.length && at <= i + 2; at++) {
                if (knownWords.contains(vocabulary.canonical(tokens[at]))) {
                    break;
                }
                if (CountedThings.isCountedWord(tokens[at])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** a programme name as typed by a user, best first */
    public List<NameMatch> match(String name, double minScore, int limit) {
        if (name == null || name.isBlank() || limit <= 0) {
            return List.of();
        }
        String input = CvHeadings.without(ContainingProgrammes.without(name)).strip();
        if (input.isEmpty()) {
            return List.of();
        }
        String normalised = NameNormaliser.normalise(input);
        if (CompanyProgrammes.named(normalised)
                || EverydayNames.named(normalised)
                || EverydayNames.onlyRiversPlaces(normalised)
                || StaffSchemes.named(normalised)
                || measures.named(input)
                || EverydayNames.namesAPlace(normalised, knownWords::contains)) {
            return List.of();
        }
        // ranked by name on equal scores, never by presence: an offer below minScore can go
        BestHits<ProgrammeEntry> hits = new BestHits<>(minScore, rule -> false);
        index.searchAcronyms(input, normalised, 1.0, rule -> true, hits);
        index.search(normalised, 1.0, minScore, rule -> true, hits);
        shortForms.search(normalised, hits);
        String joined = PinyinSyllables.joined(normalised);
        if (joined != null) {
            index.search(joined, 1.0, minScore, rule -> true, hits);
            pinyinShortForms.search(joined, hits);
        } else {
            // a name in pinyin followed by words of another language ("Qianren Jihua distinguished professor"), joined
            // and word by word, as the vocabulary reads pinyin words; each leading run, as an English word may read as
            // pinyin too ("Changjiang Xuezhe visiting …")
            for (String leadingWords : DeclarationReadings.leadingPinyinRuns(normalised)) {
                index.search(PinyinSyllables.joined(leadingWords), SEGMENT_FACTOR, minScore, rule -> true, hits);
                index.search(leadingWords, SEGMENT_FACTOR, minScore, rule -> true, hits);
            }
        }
        for (String part : AffiliationParts.parts(AffiliationParts.segments(input))) {
            // "for foreign experts" says whom a scheme is for, and names none ("Friendship Award, for foreign experts")
            if (!part.startsWith("for ")) {
                index.search(part, SEGMENT_FACTOR, minScore, rule -> true, hits);
            }
        }
        for (String segment : DeclarationReadings.labelledPinyinSegments(input)) {
            for (String leadingWords : DeclarationReadings.leadingPinyinRuns(segment)) {
                index.search(PinyinSyllables.joined(leadingWords), SEGMENT_FACTOR, minScore, rule -> true, hits);
            }
        }
        for (String run : PinyinSchemeNames.within(normalised)) {
            index.search(run, SEGMENT_FACTOR, minScore, rule -> true, hits);
            pinyinShortForms.search(run, hits);
        }
        for (String scheme : DeclarationReadings.quotedHoldersSchemes(input)) {
            index.search(scheme, SEGMENT_FACTOR, minScore, rule -> true, hits);
        }
        for (String recognised : RecognitionForms.readings(input)) {
            index.search(recognised, SEGMENT_FACTOR, minScore, rule -> true, hits);
            shortForms.search(recognised, hits);
        }
        for (String acronym : DeclarationReadings.acronymsHeldUnder(input)) {
            index.searchAcronyms(acronym, NameNormaliser.normalise(acronym), SEGMENT_FACTOR, rule -> true, hits);
        }
        for (String quoted : DeclarationReadings.quotedNames(input)) {
            index.search(quoted, SEGMENT_FACTOR, minScore, rule -> true, hits);
        }
        String afterRole = DeclarationReadings.nameAfterHoldersRole(normalised);
        if (afterRole != null) {
            index.search(afterRole, SEGMENT_FACTOR, minScore, rule -> true, hits);
        }
        for (String schemeFirst : SchemeWordFirst.names(normalised)) {
            index.search(schemeFirst, SEGMENT_FACTOR, minScore, rule -> true, hits);
        }
        for (String held : HolderTitles.schemesBeforeTitles(normalised, knownWords::contains)) {
            index.search(held, SEGMENT_FACTOR, Math.max(minScore, KNOWN_WORDS_MIN_SCORE), rule -> true, hits);
        }
        String head = DeclarationReadings.headBeforeTarget(normalised);
        if (head != null) {
            index.search(head, SEGMENT_FACTOR, minScore, rule -> true, hits);
        }
        // the name without who runs it or how the holder came to it ("supported by the …", "… of the Ministry of …")
        String unsponsored = ProgrammeSponsors.without(normalised);
        if (unsponsored != null) {
            index.search(unsponsored, SEGMENT_FACTOR, minScore, rule -> true, hits);
            String unsponsoredHead = DeclarationReadings.headBeforeTarget(unsponsored);
            if (unsponsoredHead != null) {
                index.search(unsponsoredHead, SEGMENT_FACTOR, minScore, rule -> true, hits);
            }
        }
        List<String> segments = new ArrayList<>(AffiliationParts.normalised(AffiliationParts.segments(input)));
        if (segments.size() > 1) {
            // a segment's own lead-in or sponsor ("holder of a … chair (Ministry of Education)")
            for (String segment : List.copyOf(segments)) {
                String unsponsoredSegment = ProgrammeSponsors.without(segment);
                if (unsponsoredSegment != null) {
                    index.search(unsponsoredSegment, SEGMENT_FACTOR, minScore, rule -> true, hits);
                    segments.add(unsponsoredSegment);
                }
            }
        }
        if (unsponsored != null) {
            segments.add(unsponsored);
        }
        for (String reading : DeclarationReadings.readings(normalised, "", segments)) {
            String named = DeclarationReadings.headEndingWithScheme(reading);
            if (named != null && !countsAnotherThing(reading)) {
                index.search(named, SEGMENT_FACTOR, minScore, rule -> true, hits);
            }
            String held = HolderTitles.asScheme(reading);
            if (held != null) {
                index.search(held, SEGMENT_FACTOR, minScore, rule -> true, hits);
            }
        }
        String hanJoined = withoutSpacesBetweenHan(normalised);
        if (!hanJoined.equals(normalised)) {
            index.search(hanJoined, SEGMENT_FACTOR, minScore, rule -> true, hits);
            shortForms.search(hanJoined, hits);
        }
        if (Tokens.containsCjk(normalised)) {
            // a native name inside a phrase of Han, kana or Hangul (中国の「千人計画」に参加): found as in free text
            offerMentions(input, normalised, hits, Tokens::containsCjk);
        }
        for (String renamed : withParentRenamed(normalised)) {
            index.search(renamed, SEGMENT_FACTOR, minScore, rule -> true, hits);
        }
        String cyrillicInLatin = Romanisation.cyrillicInLatin(input);
        String latin = NameNormaliser.normalise(cyrillicInLatin);
        if (!latin.isEmpty()) {
            // a name typed in Cyrillic, in Latin letters: its Russian programme words fold to the English ones; and
            // each of its segments, as a Russian declaration goes on after the name too («…», приглашённый профессор)
            index.search(latin, SEGMENT_FACTOR, minScore, rule -> true, hits);
            for (String part : AffiliationParts.parts(AffiliationParts.segments(cyrillicInLatin))) {
                index.search(part, SEGMENT_FACTOR, minScore, rule -> true, hits);
            }
        }
        for (String reading : DeclarationReadings.readings(normalised, latin, segments)) {
            String known = knownWordsOnly(reading);
            if (known != null) {
                index.search(known, SEGMENT_FACTOR, Math.max(minScore, KNOWN_WORDS_MIN_SCORE), rule -> true, hits);
            }
        }
        if (hits.ranked(minScore, 1, BY_NAME).isEmpty()) {
            offerNamesWithin(input, normalised, hits);
            shortForms.searchWithin(hanJoined, CONTAINED_NATIVE_NAME, hits);
        }
        for (String reading : DeclarationReadings.readings(normalised, "", segments)) {
            String withoutAge = DeclarationReadings.withoutAgeWord(reading);
            if (hits.ranked(minScore, 1, BY_NAME).isEmpty() && !withoutAge.equals(reading)) {
                // an age tier of a programme without a sub-programme of that name ("Young Changjiang Scholar", 青年长江学者)
                index.search(withoutAge, SEGMENT_FACTOR, minScore, rule -> true, hits);
                shortForms.search(withoutAge, hits);
            }
        }
        List<BestHits.Hit<ProgrammeEntry>> ranked = namedSubProgrammeFirst(
                normalised,
                withoutUniversitySchemes(
                        input,
                        normalised,
                        hanJoined,
                        withoutProvincialSchemes(input, hanJoined, hits.ranked(minScore, limit + 4, BY_NAME))),
                limit);
        return toMatches(input, normalised, qualifiedSubProgrammeFirst(normalised, ranked, minScore, limit));
    }

    /** The hits less the academy's programmes where a university's own scheme is declared ({@link UniversitySchemes}). */
    private static List<BestHits.Hit<ProgrammeEntry>> withoutUniversitySchemes(
            String input, String normalised, String hanJoined, List<BestHits.Hit<ProgrammeEntry>> ranked) {
        if (ranked.isEmpty() || UniversitySchemes.ownScheme(input, normalised, hanJoined)) {
            return List.of();
        }
        if (!UniversitySchemes.universityFirst(input, normalised, hanJoined)) {
            return ranked;
        }
        return ranked.stream()
                .filter(hit -> !UniversitySchemes.academys(namesOf(hit.rule())))
                .toList();
    }

    /**
     * The hits less the national programmes whose name a province's name takes "National"'s place in ({@link
     * ProvinceForNational}), and the native names, whole or short, found inside a province's own scheme of the same
     * name ({@link ProvincialSchemes}).
     */
    private static List<BestHits.Hit<ProgrammeEntry>> withoutProvincialSchemes(
            String input, String hanJoined, List<BestHits.Hit<ProgrammeEntry>> ranked) {
        List<BestHits.Hit<ProgrammeEntry>> national = ranked.stream()
                .filter(hit -> !ProvinceForNational.renamedByProvince(hanJoined, namesOf(hit.rule()))
                        && !PlaceBeforeNationalName.renamedByPlace(input, namesOf(hit.rule())))
                .toList();
        if (!Tokens.containsCjk(hanJoined)) {
            return national;
        }
        return national.stream()
                .filter(hit -> hit.method() != MatchMethod.CONTAINED && hit.method() != MatchMethod.SHORT_FORM
                        || !ProvincialSchemes.renamedByProvince(hanJoined, hit.alias(), namesOf(hit.rule())))
                .toList();
    }

    /**
     * A listed name of two words or more inside a longer declaration, as whole words, with words around it that no
     * rule reads ("Zhejiang Kunpeng Action Plan for top global talent", "Changjiang Young Scholar (2020)"): found as in
     * free text, at {@link #CONTAINED_NATIVE_NAME}, only when nothing else found a programme, so a sub-programme or a
     * name read whole keeps its rank.
     */
    private void offerNamesWithin(String input, String normalised, BestHits<ProgrammeEntry> hits) {
        offerMentions(
                input,
                normalised,
                hits,
                alias -> !Tokens.containsCjk(alias) && (alias.strip().indexOf(' ') > 0 || coined(alias.strip())));
    }

    /**
     * A one-word name of letters and digits together ("5top100"): coined for the programme, it is no everyday word,
     * and names it inside a longer declaration as a name of two words does.
     */
    static boolean coined(String alias) {
        return alias.chars().anyMatch(Character::isDigit) && alias.chars().anyMatch(Character::isLetter);
    }

    /** Names found in the input as in free text, at {@link #CONTAINED_NATIVE_NAME}, where the alias found passes. */
    private void offerMentions(
            String input, String normalised, BestHits<ProgrammeEntry> hits, Predicate<String> aliasTaken) {
        for (BestHits.Hit<ProgrammeEntry> mention : mentions.find(input).ranked(0.0, MAX_MENTIONS, BY_NAME)) {
            if (aliasTaken.test(mention.alias())) {
                hits.offer(
                        mention.rule(),
                        CONTAINED_NATIVE_NAME * mention.score(),
                        mention.alias(),
                        mention.primary(),
                        normalised,
                        MatchMethod.CONTAINED);
            }
        }
    }

    /**
     * The sub-programme the input names by its parent's name and its own qualifying words ({@link SubProgrammes}) ranks
     * first, at {@link #QUALIFIED_SUB_PROGRAMME} when nothing else found it.
     */
    private List<BestHits.Hit<ProgrammeEntry>> qualifiedSubProgrammeFirst(
            String normalised, List<BestHits.Hit<ProgrammeEntry>> ranked, double minScore, int limit) {
        ProgrammeEntry sub = subProgrammes.namedIn(normalised);
        if (sub == null || QUALIFIED_SUB_PROGRAMME < minScore) {
            return ranked;
        }
        List<BestHits.Hit<ProgrammeEntry>> reordered = new ArrayList<>(ranked);
        BestHits.Hit<ProgrammeEntry> hit = reordered.stream()
                .filter(found -> found.rule().equals(sub))
                .findFirst()
                .orElse(new BestHits.Hit<>(
                        sub, QUALIFIED_SUB_PROGRAMME, sub.name(), true, normalised, MatchMethod.SUB_PROGRAMME, null));
        reordered.remove(hit);
        reordered.add(0, hit);
        return reordered.subList(0, Math.min(limit, reordered.size()));
    }

    /**
     * Chinese quotes a programme's name inside a longer phrase (教育部“长江学者”特聘教授, 浙江省“鲲鹏行动”计划); normalised,
     * the quotation marks are spaces that cut the name apart. Read again with every space between two Han characters
     * removed, as Chinese writes no spaces.
     */
    static String withoutSpacesBetweenHan(String normalised) {
        if (normalised.indexOf(' ') < 0 || !Tokens.containsCjk(normalised)) {
            return normalised;
        }
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            boolean between = c == ' '
                    && i > 0
                    && i + 1 < normalised.length()
                    && Tokens.isCjk(normalised.charAt(i - 1))
                    && Tokens.isCjk(normalised.charAt(i + 1));
            if (!between) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A programme whose matched name holds every word of the best match's name and more, all of them in the input,
     * ranks first: "Thousand Talents Program for Young Professionals" names the Thousand Youth Talents Plan, a
     * sub-programme, though its words before "for" name the Thousand Talents Plan exactly.
     */
    private static List<BestHits.Hit<ProgrammeEntry>> namedSubProgrammeFirst(
            String normalised, List<BestHits.Hit<ProgrammeEntry>> ranked, int limit) {
        if (ranked.size() < 2) {
            return ranked;
        }
        Set<String> input = words(normalised);
        Set<String> best = words(NameNormaliser.normalise(ranked.get(0).alias()));
        for (int i = 1; i < ranked.size(); i++) {
            Set<String> named = words(NameNormaliser.normalise(ranked.get(i).alias()));
            if (named.size() > best.size() && named.containsAll(best) && input.containsAll(named)) {
                List<BestHits.Hit<ProgrammeEntry>> reordered = new ArrayList<>(ranked);
                reordered.add(0, reordered.remove(i));
                return reordered.subList(0, Math.min(limit, reordered.size()));
            }
        }
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private static Set<String> words(String normalised) {
        Vocabulary vocabulary = ProgrammeVocabulary.INSTANCE;
        Set<String> words = new HashSet<>();
        for (String token : vocabulary.rewrite(normalised).split(" ")) {
            words.add(vocabulary.canonical(token));
        }
        return words;
    }

    /** programmes mentioned anywhere in free text (title, description), one match per programme */
    public List<NameMatch> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return toMatches(null, null, mentions.find(text).ranked(0.0, MAX_MENTIONS, BY_NAME));
    }

    /** The names, their Latin renderings, and each pinyin rendering again with its syllable boundaries removed. */
    private List<String> withJoinedPinyin(ProgrammeEntry rule, List<String> declared) {
        List<String> names = new ArrayList<>(Romanisation.withRenderings(declared));
        for (String name : declared) {
            for (String rendering : Romanisation.of(name)) {
                String joined = PinyinSyllables.joined(NameNormaliser.normalise(rendering));
                if (joined != null && !names.contains(joined)) {
                    joinedPinyin.putIfAbsent(joined, name);
                    names.add(joined);
                    pinyinShortForms.add(rule, joined);
                }
            }
        }
        return names;
    }

    /** The programme's name, its aliases and the other public names {@link OtherNames} files under its name. */
    static List<String> namesOf(ProgrammeEntry rule) {
        Set<String> names = new LinkedHashSet<>();
        names.add(rule.name());
        names.addAll(rule.aliases());
        names.addAll(OtherNames.PROGRAMMES.of(rule.name()));
        return List.copyOf(names);
    }

    /**
     * With the input as typed, explained step by step; a mention in free text names its method only. A match of
     * pinyin with its syllables joined reports the native name it renders.
     */
    private List<NameMatch> toMatches(String input, String normalised, List<BestHits.Hit<ProgrammeEntry>> hits) {
        List<NameMatch> matches = new ArrayList<>(hits.size());
        for (BestHits.Hit<ProgrammeEntry> hit : hits) {
            String nativeName = joinedPinyin.get(hit.alias());
            if (nativeName != null) {
                List<String> steps = List.of(
                        hit.method().description(),
                        "pinyin compared without syllable boundaries: \"" + hit.searched() + "\"",
                        "pinyin of " + nativeName + " by ICU's Han-Latin transform");
                matches.add(new NameMatch(hit.rule().id(), hit.score(), nativeName, steps));
                continue;
            }
            List<String> steps = input == null
                    ? List.of(hit.method().description())
                    : MatchExplanation.of(input, normalised, hit, index.vocabulary());
            matches.add(new NameMatch(hit.rule().id(), hit.score(), hit.alias(), steps));
        }
        return matches;
    }
}
