package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names inside a news sentence written in a Romance language or German, which {@link FreeTextNames} misses: those
 * languages write an article elided onto the name ("l'Institut", "dell'Università", "d'aéronautique"), the words after
 * the organisation word in lower case ("Institut de technologie de Harbin", "Université nationale de technologie de
 * défense") and "and" as y, e, i, et or und inside the name ("Universidad de Aeronáutica y Astronáutica de Nankín"). A
 * name is read from a capitalised word through capitalised words, the joining words of those languages, the lower-case
 * words the institution vocabulary folds or weighs low (organisation, subject and place words) and any word after a
 * joining word ("de défense"), and ends at any other word; two names joined by a conjunction before an article are also
 * read apart ("Universidad de Granada y la Universidad de Pekín"). A name also ends at a bracket, which places it ("…
 * de Zhejiang (Hangzhou)"), at an indefinite article and at a verb after a preposition of purpose ("… di Zhejiang per un
 * laboratorio", "… per preparar"); a compound counts as its parts ("die Zhejiang-Universität"), and a name ending with
 * its city is also read without it ({@link TrailingPlaces}). A name begins after an article that a word of the sentence
 * opens ({@link NamesOpenedByAnArticle}: "Ayer la Universidad …", "eine Delegation der Universität …"), goes on through a
 * lower-case adjective before a preposition of the name ({@link AdjectivesInNames}) and through "de l'" ("… de
 * l'Académie …"); the sentence is read across its round brackets ({@link SentencesAcrossBrackets}). Only segments that are sentences are read ({@link
 * #MIN_WORDS} words or more, {@link #MIN_SENTENCE_WORDS} of them lower-case words no name holds), so an affiliation's
 * generic head ("Institute of Physics" of "… of the Czech Academy of Sciences") is never read alone. Each reading is
 * bounded: at most {@link #MAX_NAMES} names, read from the first {@link #MAX_SCANNED} characters.
 */
final class NamesInNewsSentences {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.'’-]*");

    /** An article or preposition elided onto the next word: l'Institut, dell'Università, d'aéronautique, all'. */
    private static final Pattern ELIDED = Pattern.compile(
            "^(?:[ld]|dell|dall|nell|sull|all|degl|quell|qu|j|c|s|n)['’](?=\\p{L})", Pattern.CASE_INSENSITIVE);

    /** Lower-case words that join the words of one name in the partners' languages. */
    private static final Set<String> JOINING = Set.of(
            "of", "for", "de", "del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "du", "des",
            "der", "für", "la", "las", "los", "le", "les", "lo", "per", "pour");

    /** The joining words that also say what something is for ("per preparar", "pour un", "for a"). */
    private static final Set<String> PURPOSE = Set.of("per", "pour", "for", "für");

    /** The articles a sentence writes before a name, capitalised at its start ("La Universidad …", "Die TU …"). */
    static final Set<String> ARTICLES = Set.of(
            "the", "el", "la", "los", "las", "le", "les", "il", "lo", "gli", "o", "a", "os", "as", "die", "der", "das",
            "dem", "den", "des", "l");

    /** The conjunctions that join two words of a name, or two names. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "y", "e", "i", "et", "und");

    /** Indefinite articles: a name never goes on through one ("… di Zhejiang per un laboratorio", "pour une"). */
    private static final Set<String> INDEFINITE = Set.of(
            "a", "an", "un", "une", "uno", "una", "um", "uma", "ein", "eine", "einen", "einem", "einer", "eines");

    private static final int MIN_WORDS = 6;
    /** A sentence has this many lower-case words no name holds (verbs, nouns: "signed", "firmaron", "accordo"). */
    private static final int MIN_SENTENCE_WORDS = 2;
    /** The weight of the vocabulary's function words, and less. */
    private static final double FUNCTION_WORD = 0.15;
    /** The prepositions after a name that say where it is ("… in Moskau", "… en Pekín", "… à Téhéran"). */
    private static final Set<String> PLACING = Set.of("in", "en", "em", "a", "à", "at", "bei", "nel", "na", "no");
    /** The words after a name and a placing preposition that may place it ("… in Moskau", "… en Buenos Aires"). */
    private static final int PLACING_WORDS = 4;

    private static final Pattern HYPHEN = Pattern.compile("-");

    private static final int MAX_NAMES = 8;
    /** The lowest score, after the segment factor, at which a name read in a sentence is reported in any country. */
    private static final double WHOLE = 0.95;

    private static final int MAX_SCANNED = 600;

    private NamesInNewsSentences() {}

    /**
     * A name read in a sentence, normalised ({@link NameNormaliser#normalise}), with the countries of the places it and
     * the few words after it name: the places of the rest of the sentence are another body's or the event's.
     */
    record Named(String name, Set<String> placed) {}

    /** The names read in the segments; empty when none is a sentence. */
    static List<Named> of(List<String> writtenSegments, Vocabulary vocabulary) {
        Map<String, Named> names = new LinkedHashMap<>();
        for (String segment : writtenSegments) {
            List<Named> read = new ArrayList<>(namesIn(segment, vocabulary));
            for (String name : NamesInRussianAndPersianSentences.of(segment)) {
                // as written (the rulebook's Russian and Persian names) and, when Russian words, in Latin letters:
                // acronyms alone only as written ("ИПФ РАН" is no name of the Academy itself)
                read.add(named(name, ""));
                if (Romanisation.holdsCyrillic(name) && !name.equals(name.toUpperCase(Locale.ROOT))) {
                    read.add(named(inLatin(name), ""));
                }
            }
            for (Named named : read) {
                if (names.size() == MAX_NAMES) {
                    return List.copyOf(names.values());
                }
                names.putIfAbsent(named.name(), named);
            }
        }
        return List.copyOf(names.values());
    }

    private static List<Named> namesIn(String segment, Vocabulary vocabulary) {
        String text = segment.length() > MAX_SCANNED ? segment.substring(0, MAX_SCANNED) : segment;
        List<String> words = new ArrayList<>();
        Set<Integer> bracketed = new HashSet<>();
        Matcher matcher = WORD.matcher(text);
        int previousEnd = 0;
        while (matcher.find()) {
            String between = text.substring(previousEnd, matcher.start());
            if (between.indexOf('(') >= 0 || between.indexOf(')') >= 0) {
                bracketed.add(words.size());
            }
            words.add(matcher.group());
            previousEnd = matcher.end();
        }
        if (words.size() < MIN_WORDS || sentenceWords(words, vocabulary) < MIN_SENTENCE_WORDS) {
            return List.of();
        }
        List<Named> names = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String written = words.get(i);
            Matcher elided = ELIDED.matcher(written);
            boolean hasElision = elided.find();
            String word = hasElision ? written.substring(elided.end()) : written;
            String lower = word.toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            if (bracketed.contains(i) && !run.isEmpty()) {
                // "la Universidad de Zhejiang (Hangzhou)": a bracket ends the name, and places it
                addRun(run, words.subList(i, Math.min(words.size(), i + PLACING_WORDS)), names, vocabulary);
                run.clear();
            }
            if (!capitalised && INDEFINITE.contains(lower) && !run.isEmpty()) {
                addRun(run, List.of(), names, vocabulary);
                run.clear();
                continue;
            }
            if (hasElision
                    && capitalised
                    && !run.isEmpty()
                    && !isJoiningElision(written)
                    && !JOINING.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))) {
                // "… y l'Institut …": the article begins another name; "… de l'Académie …" goes on
                addRun(run, words.subList(i, i), names, vocabulary);
                run.clear();
            }
            if (capitalised
                    || (!run.isEmpty()
                            && (JOINING.contains(lower)
                                    || CONJUNCTIONS.contains(lower)
                                    || isNameWord(lower, vocabulary)
                                    || afterJoining(run.get(run.size() - 1), lower)))) {
                run.add(word);
                continue;
            }
            if (!run.isEmpty() && !bracketed.contains(i + 1) && AdjectivesInNames.inName(words, i, JOINING, ARTICLES)) {
                // "Institut de physique appliquée de l'Académie …" (AdjectivesInNames)
                run.add(word);
                continue;
            }
            boolean placing = PLACING.contains(lower);
            addRun(
                    run,
                    placing ? words.subList(i, Math.min(words.size(), i + PLACING_WORDS)) : List.of(),
                    names,
                    vocabulary);
            run.clear();
        }
        addRun(run, List.of(), names, vocabulary);
        return names;
    }

    /**
     * Any word after a joining word ("de défense"), but after a preposition of purpose only an article: a verb or noun
     * after it is the sentence's ("… de Anhui per preparar", "… de Harbin pour développer").
     */
    private static boolean afterJoining(String previous, String lower) {
        String joining = previous.toLowerCase(Locale.ROOT);
        return JOINING.contains(joining) && (!PURPOSE.contains(joining) || ARTICLES.contains(lower));
    }

    /** An elided preposition within a name ("Université d'aéronautique", "Istituto dell'Automazione"). */
    private static boolean isJoiningElision(String written) {
        char first = Character.toLowerCase(written.charAt(0));
        return first == 'd';
    }

    /**
     * A lower-case word the vocabulary folds to another spelling or weighs below a distinctive word, and above a
     * function word ("with", "in" end a name).
     */
    private static boolean isNameWord(String lower, Vocabulary vocabulary) {
        String normalised = NameNormaliser.normalise(lower);
        if (normalised.isEmpty()) {
            return false;
        }
        for (String token : normalised.split(" ")) {
            String canonical = vocabulary.canonical(token);
            double weight = vocabulary.weight(canonical);
            if (weight <= FUNCTION_WORD || canonical.equals(token) && weight >= Vocabulary.DISTINCTIVE) {
                return false;
            }
        }
        return true;
    }

    /** Adds the run without the joining words it ends with, and its parts at conjunctions, when it has two capitals. */
    private static void addRun(List<String> run, List<String> after, List<Named> names, Vocabulary vocabulary) {
        int end = run.size();
        while (end > 0 && isJoining(run.get(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && ARTICLES.contains(run.get(start).toLowerCase(Locale.ROOT))) {
            start++;
        }
        // "Ayer la Universidad …", "Delegation der Universität …" (NamesOpenedByAnArticle)
        start += NamesOpenedByAnArticle.start(run.subList(start, end), ARTICLES, vocabulary);
        List<String> name = run.subList(start, end);
        if (capitals(name) < 2 && !(capitals(name) == 1 && pieces(name) >= 2)) {
            return;
        }
        String placing = String.join(" ", after);
        addName(name, placing, names);
        int from = 0;
        for (int i = 0; i <= name.size(); i++) {
            // a conjunction joins two names when an article or a distinctive word begins the second ("… y la
            // Universidad …")
            if (i == name.size()
                    || CONJUNCTIONS.contains(name.get(i).toLowerCase(Locale.ROOT))
                            && i + 1 < name.size()
                            && (ARTICLES.contains(name.get(i + 1).toLowerCase(Locale.ROOT))
                                    || beginsAnotherName(name.get(i + 1), vocabulary))) {
                int first = from;
                while (first < i && ARTICLES.contains(name.get(first).toLowerCase(Locale.ROOT))) {
                    first++;
                }
                List<String> part = name.subList(first, i);
                if (from > 0 || i < name.size()) {
                    if (pieces(part) >= 2
                            && Character.isUpperCase(part.get(part.size() - 1).charAt(0))) {
                        addName(part, placing, names);
                    }
                }
                from = i + 1;
            }
        }
    }

    /**
     * A capitalised word after a conjunction that the vocabulary does not take for a word of a name's subject or kind:
     * the distinctive word that begins a second name ("… of Edinburgh and Fudan University", "… y Harbin …"), not the
     * second subject of one ("Aeronautics and Astronautics", "Scienza e Tecnologia").
     */
    private static boolean beginsAnotherName(String word, Vocabulary vocabulary) {
        return Character.isUpperCase(word.charAt(0)) && !isNameWord(word.toLowerCase(Locale.ROOT), vocabulary);
    }

    /** Adds the name, and without the city it ends with ({@link TrailingPlaces}), placed there. */
    private static void addName(List<String> name, String placing, List<Named> names) {
        names.add(named(String.join(" ", name), placing));
        TrailingPlaces.without(name, JOINING, PLACING)
                .filter(named -> capitals(named) >= 2)
                .ifPresent(named -> names.add(named(
                        String.join(" ", named),
                        String.join(" ", name.subList(named.size(), name.size())) + " " + placing)));
    }

    private static Named named(String name, String placing) {
        String normalised = NameNormaliser.normalise(name);
        Set<String> placed = new HashSet<>(PlaceEvidence.countriesIn(normalised));
        placed.addAll(PlaceEvidence.countries(placing));
        return new Named(normalised, Set.copyOf(placed));
    }

    /** A Cyrillic name in the Latin letters and English words the index holds Russian names in. */
    private static String inLatin(String name) {
        String latin = Romanisation.cyrillicInLatin(RussianAcronyms.spelt(name));
        return RussianNames.inEnglishWords(NameNormaliser.normalise(latin));
    }

    private static long sentenceWords(List<String> words, Vocabulary vocabulary) {
        return words.stream()
                .filter(word -> Character.isLowerCase(word.charAt(0)) && !isJoining(word))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .filter(word -> !isNameWord(word, vocabulary) && !isFunctionWord(word, vocabulary))
                .count();
    }

    private static boolean isFunctionWord(String word, Vocabulary vocabulary) {
        String normalised = NameNormaliser.normalise(word);
        return normalised.isEmpty() || vocabulary.weight(vocabulary.canonical(normalised)) <= FUNCTION_WORD;
    }

    private static boolean isJoining(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return JOINING.contains(lower) || CONJUNCTIONS.contains(lower) || ARTICLES.contains(lower);
    }

    /** The capitalised words, each part of a compound counted ("Zhejiang-Universität" has two). */
    private static long capitals(List<String> words) {
        return words.stream()
                .flatMap(word -> HYPHEN.splitAsStream(word))
                .filter(word -> !word.isEmpty() && Character.isUpperCase(word.charAt(0)))
                .count();
    }

    /** The words, each part of a compound counted. */
    private static long pieces(List<String> words) {
        return words.stream()
                .flatMap(word -> HYPHEN.splitAsStream(word))
                .filter(word -> !word.isEmpty())
                .count();
    }

    /**
     * The targets of a search of a name read in a sentence: within their countries, and in any country when the name is
     * a listed one written whole ({@link #WHOLE}): the declared country of news is its writer's, the partner's.
     */
    static List<NameIndex.Target<InstitutionEntry>> inAnyCountryWhole(
            List<NameIndex.Target<InstitutionEntry>> targets) {
        List<NameIndex.Target<InstitutionEntry>> both = new ArrayList<>(targets);
        for (NameIndex.Target<InstitutionEntry> target : targets) {
            both.add(new NameIndex.Target<>(rule -> true, Math.max(target.minScore(), WHOLE), target.hits()));
        }
        return both;
    }
}
