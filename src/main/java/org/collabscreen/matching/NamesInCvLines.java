package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places of study and work a CV line or a biography names ("B.Sc. Name (2011), PhD Univ. of Other (2017)", "ABCD
 * alumnus; now at Other", "PhD (2016) Name; currently postdoc at Other", "Name's School of …"): each piece of the line
 * between commas, brackets and quotes, without its degrees, years and words of a person's career, is read as a name,
 * with the countries of the places its part names, a part ending at a semicolon, a dash or where the person is now.
 * Where the person is now is another part: its places are not the named body's. A line is read so only when it has a
 * degree, an alumnus or graduate, a "now at" or "currently", a possessive before a school or faculty, or a role
 * (lecturer, professor, student, researcher), which lets its names be searched only in the declared country.
 */
final class NamesInCvLines {

    /**
     * A name read in a CV line, normalised, with the countries of the places its part names; anywhere when the line
     * tells a degree, a graduate or where the person is now, which is no place of the named body.
     */
    record Named(String name, String written, Set<String> placed, boolean anywhere) {}

    /**
     * "Now" or "currently" telling where the person is now; not where the body itself is now or what it became ("X, now
     * based in Oslo", "X, now part of Y"), whose places stay the body's.
     */
    private static final String PERSON_NOW =
            "(?iu:\\b(?:now|currently)\\b(?!\\s+(?:based|located|situated|headquartered|housed|part|merged|renamed"
                    + "|called|known|named)\\b))";

    /** A role a line names its holder's place of work with. */
    private static final Pattern ROLE = Pattern.compile("(?iu)\\b(?:lecturer|professor|student|researcher)\\b");

    /** A degree (case-sensitive: "MA" is also Massachusetts), an alumnus, where the person is now, a possessive unit. */
    private static final Pattern CV_LINE = Pattern.compile(
            "(?u)(?:^|[\\s(,;])(?:Ph\\.?\\s?D|PhD|DPhil|B\\.?\\s?Sc|M\\.?\\s?Sc"
                    + "|B\\.?\\s?Eng|M\\.?\\s?Eng|B\\.S|M\\.S|B\\.A|M\\.A|MPhil|BS ['’]\\d|MS ['’]\\d)\\b"
                    + "|(?iu:\\b(?:alumn(?:us|a|i)|graduate|postdoc)\\b)|" + PERSON_NOW
                    + "|['’]s (?:School|College|Faculty|Department|Institute|Laboratory|Lab|school|college|faculty|department)\\b");

    /**
     * The first words of short names that bodies of many countries bear ("Northeastern University", "National Defense
     * University", "Southeast University"): such a name of up to three words is looked for only in the declared
     * country.
     */
    private static final Set<String> SHARED_FIRST_WORDS = Set.of(
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "northern",
            "southern",
            "eastern",
            "western",
            "northeastern",
            "northwestern",
            "southeastern",
            "southwestern",
            "central",
            "national",
            "state",
            "federal");

    /** Where a line's parts end: semicolons, dashes between spaces, and where the person is now or was later. */
    private static final Pattern PARTS =
            Pattern.compile("(?iu);|\\s[–—-]\\s|" + PERSON_NOW + "|\\b(?:then|later|since)\\b");

    /** Where a part's pieces end: commas, brackets and quotes. */
    private static final Pattern PIECES = Pattern.compile("[,()（）\\[\\]\"“”]");

    /**
     * The words of a career that are no part of a name: degrees (MA only with its dot: bare, it is Massachusetts),
     * years, and alumnus, graduate or postdoc unless a capitalised word follows ("Graduate School of …" is a name).
     */
    private static final Pattern CAREER =
            Pattern.compile("(?u)(?<![\\p{L}\\p{N}.])(?:Ph\\.?\\s?D|PhD|DPhil|B\\.?\\s?Sc|M\\.?\\s?Sc"
                    + "|B\\.?\\s?Eng|M\\.?\\s?Eng|B\\.?S|M\\.?S|B\\.?A|M\\.A|MPhil)\\.?(?=\\s|$)"
                    + "|(?<![\\p{L}\\p{N}])(?:['’]\\d{2}|\\d{4}(?:[–-]\\d{2,4})?)"
                    + "(?=\\s|$)|(?<!\\S)(?i:alumn(?:us|a|i)|graduate|postdoc)(?=\\s|$)(?!\\s+\\p{Lu})");

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Lower-case words inside a name. */
    private static final Set<String> JOINING = Set.of("of", "and", "for", "the", "&", "de");

    private static final int MAX_SCANNED = 400;

    /** Acronyms this long name one body; shorter ones are other bodies' too (HIT in Holon, MSU in Michigan). */
    private static final int DISTINCTIVE_LENGTH = 4;

    /**
     * Longer acronyms of listed bodies that a well-known body abroad also bears: Spain's research council (CSIC), the
     * universities of science and technology of Jordan (JUST), Islamabad (CUST) and Hanoi (HUST), Taiwan's National
     * Chung Hsing University (NCHU), Protvino's Institute for High Energy Physics (IHEP), China's securities regulator
     * (CSRC).
     */
    private static final Set<String> SHARED_ACRONYMS = Set.of("csic", "just", "cust", "hust", "nchu", "ihep", "csrc");

    private NamesInCvLines() {}

    /** The names the line gives, in its order; empty when it is no CV line. */
    static List<Named> of(String input) {
        if (input.length() > MAX_SCANNED) {
            return List.of();
        }
        boolean anywhere = CV_LINE.matcher(input).find();
        if (!anywhere && !ROLE.matcher(input).find()) {
            return List.of();
        }
        List<Named> found = new ArrayList<>(2);
        for (String part : PARTS.split(input)) {
            Set<String> placed = PlaceEvidence.countriesIn(NameNormaliser.normalise(part));
            for (String piece : PIECES.split(part)) {
                String name = nameIn(CAREER.matcher(piece).replaceAll(" "));
                if (name != null) {
                    found.add(new Named(NameNormaliser.normalise(name), name, placed, anywhere));
                }
            }
        }
        return found;
    }

    /**
     * Searches each name a CV line gives: a name in the declared country, and in any country when written whole in a
     * line that tells a degree or where the person is now (the declared country is the person's), an acronym as a listed body's when distinctive, or when the declared country
     * or its piece's places are the body's.
     */
    static void search(
            NameIndex<InstitutionEntry> index,
            List<Named> names,
            double factor,
            List<NameIndex.Target<InstitutionEntry>> targets,
            EntryCountries countries,
            String declared) {
        if (names.isEmpty()) {
            return;
        }
        List<NameIndex.Target<InstitutionEntry>> anyCountry = new ArrayList<>(targets.size());
        for (NameIndex.Target<InstitutionEntry> target : targets) {
            anyCountry.add(new NameIndex.Target<>(rule -> true, target.minScore(), target.hits()));
        }
        for (Named named : names) {
            if (!Acronyms.isAcronym(named.written())) {
                index.search(named.name(), factor, targets);
                String[] words = named.name().split(" ");
                if (named.anywhere() && (words.length > 3 || !SHARED_FIRST_WORDS.contains(words[0]))) {
                    index.searchExact(named.name(), factor, anyCountry);
                }
                continue;
            }
            boolean distinctive =
                    named.written().length() >= DISTINCTIVE_LENGTH && !SHARED_ACRONYMS.contains(named.name());
            // the acronym's context, not the declared country, gates it: the declared country is where the person is
            // now
            for (NameIndex.Target<InstitutionEntry> target : targets) {
                index.searchAcronyms(
                        named.written(),
                        named.name(),
                        factor,
                        rule -> {
                            String country = countries.countryOf(rule);
                            return distinctive
                                    || (country != null && named.placed().contains(country))
                                    || (declared != null && declared.strip().equalsIgnoreCase(country));
                        },
                        target.hits());
            }
        }
    }

    /**
     * The last run of capitalised words in a piece (joined by "of", "and" …), ended by a possessive ("Name's School"),
     * after the lead's lower-case words ("student at Name"); null when it has none of two letters or more.
     */
    private static String nameIn(String piece) {
        List<String> run = new ArrayList<>();
        String last = null;
        Matcher matcher = WORD.matcher(piece);
        while (matcher.find()) {
            String word = matcher.group();
            boolean possessive = word.endsWith("'s") || word.endsWith("’s");
            String bare = possessive ? word.substring(0, word.length() - 2) : word;
            boolean capitalised = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
            if (capitalised || (!run.isEmpty() && JOINING.contains(bare.toLowerCase(Locale.ROOT)))) {
                run.add(bare);
            } else {
                last = joined(run, last);
            }
            if (possessive) {
                return joined(run, last);
            }
        }
        return joined(run, last);
    }

    /** The run as a name (clearing it), or the last name when the run names none. */
    private static String joined(List<String> run, String last) {
        while (!run.isEmpty() && JOINING.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))) {
            run.remove(run.size() - 1);
        }
        String name = String.join(" ", run);
        run.clear();
        return name.replace(".", "").length() >= 2 ? name : last;
    }
}
