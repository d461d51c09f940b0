package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which places of an input are evidence about the organisation a name was found in. A place belongs to the clause
 * that names it: commas, semicolons and dashes keep a unit, its parents and its address together ("National Defence
 * University, Helsinki", "Institute of Physics; Czech Academy of Sciences"), while narrative text starts another
 * organisation's clause at a word of time ("…; now a postdoc at …", "…, actualmente en …", "…, jetzt …"), at a role
 * held there ("postdoc at", "investigadora en", "chercheuse à") and at a conjunction that joins another organisation
 * ("… signed an agreement with the Universidad de Salamanca", "… et l'Université de Montréal", "… и Университет …"),
 * in the partners' languages. A clause of places alone ("…, now in Helsinki") is the address of the clause before
 * it. The matched name's clauses are those that hold one of its distinctive words; when none does, every place counts.
 */
final class PlaceClauses {

    private static final String DETERMINERS = "(?:(?:the|a|an|la|el|los|las|le|les|der|die|das|dem|den|des|du|del"
            + "|della|di|de|da|do|dos|al|au|aux|zur|zum|at|en|an|am|bei|à|in|from|в|во|из|со)\\s+|l['’]\\s*)*";

    /** Up to three capitalised words before an organisation word ("Monash University", "Imperial College"). */
    private static final String NAME_WORDS = "(?:(?-i:\\p{Lu})[\\p{L}'’.-]*\\s+){0,3}";

    /** The first word of another organisation's name, capitalised: a conjunction before it joins two bodies. */
    private static final String ORGANISATION = "(?-i:\\p{Lu})(?i:niv|nstit|stitut|cad|kad|cadé|ollege|olegio|ollège"
            + "|ochschule|chool|scuela|scola|cole|aborat|abor|entr|enter|entro|entrum|ospital|ôpital|linik|ompany"
            + "|orporation|inist|onsejo|oundation|undación|olit|olytech|echnische|echnion|ниверситет|нститут|кадеми|ентр"
            + "|аборатори)\\p{L}*|(?-i:TU|ETH|EPFL|KTH|MIT|UCL|CNRS|CSIC|CNR|INRIA|RAS|РАН|МГУ)\\b";

    /** Words of time that start another clause ("…, now at …", "…, actualmente en …"). */
    private static final String TIME_WORDS =
            "now|currently|presently|then|later|subsequently|today|ahora|actualmente|hoy|luego|después|"
                    + "despues|posteriormente|jetzt|derzeit|heute|inzwischen|mittlerweile|später|danach|maintenant|"
                    + "actuellement|désormais|aujourd['’]hui|ensuite|attualmente|oggi|atualmente|agora|сейчас|ныне|"
                    + "теперь|затем|позже|впоследствии";

    private static final String AT = "(?:at|en|in|à|a|chez|an|am|bei|presso|в|во)\\b";

    private static final Pattern BOUNDARY = Pattern.compile(
            "\\b(?:" + TIME_WORDS + ")\\b"
                    + "|\\b(?:previously|formerly|before|earlier|antes|anteriormente|früher|zuvor|auparavant"
                    + "|précédemment|precedentemente|ранее|прежде)\\s+" + AT
                    + "|\\b(?:postdoc|post-doc|postdoctoral|fellow|professor|lecturer|researcher|scientist|engineer"
                    + "|student|intern|scholar|visitor|works|working|worked|studied|studying|employed"
                    + "|investigador|investigadora|profesor|profesora|posdoc|doctorando|doctoranda|trabaja|trabajó"
                    + "|estudió|chercheur|chercheuse|professeur|postdoctorant|postdoctorante|doctorant|doctorante"
                    + "|travaille|ingénieur|forscher|forscherin|doktorand|doktorandin|arbeitet|tätig|professorin"
                    + "|ricercatore|ricercatrice|lavora|работает|сотрудник|сотрудница|исследователь|аспирант"
                    + "|профессор)\\s+" + AT
                    + "|\\b(?:and|with|together\\s+with|along\\s+with|as\\s+well\\s+as|y|e|con|junto\\s+con|und|mit"
                    + "|sowie|et|avec|ainsi\\s+que|и|с|со|а\\s+также)\\s+(?=" + DETERMINERS + NAME_WORDS + "(?:"
                    + ORGANISATION + "))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Another organisation's name: a research body named for its country ("TU Wien") is no address. */
    private static final Pattern ORGANISATION_NAME =
            Pattern.compile("\\b(?:" + ORGANISATION + ")", Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Words that say where a clause is without naming an organisation ("now in Helsinki", "actualmente en Lisboa"). */
    private static final Set<String> PLACING_WORDS = placingWords();

    private PlaceClauses() {}

    /** The input's clauses, normalised ({@link NameNormaliser#normalise}); one clause when it has no boundary. */
    static List<String> of(String input) {
        List<String> clauses = new ArrayList<>(2);
        Matcher boundary = BOUNDARY.matcher(input);
        int start = 0;
        while (boundary.find()) {
            String clause = input.substring(start, boundary.start());
            // a clause a boundary began holds a name before another boundary ends it ("now a postdoc at …")
            if (start == 0 || !clause.equals(clause.toLowerCase(Locale.ROOT))) {
                add(clauses, clause);
                start = boundary.start();
            }
        }
        add(clauses, input.substring(start));
        return clauses;
    }

    private static Set<String> placingWords() {
        Set<String> words = new HashSet<>(
                Set.of("in", "at", "based", "located", "en", "a", "an", "am", "bei", "presso", "chez", "в", "во"));
        for (String word : TIME_WORDS.replace("['’]", "'").split("\\|")) {
            words.add(NameNormaliser.normalise(word));
        }
        return Set.copyOf(words);
    }

    private static void add(List<String> clauses, String clause) {
        String normalised = NameNormaliser.normalise(clause);
        if (normalised.isEmpty()) {
            return;
        }
        if (!clauses.isEmpty() && isAddress(clause)) {
            int last = clauses.size() - 1;
            clauses.set(last, clauses.get(last) + " " + normalised);
        } else {
            clauses.add(normalised);
        }
    }

    /**
     * Whether every comma-separated part of the clause names a place and nothing else, after a placing word, and no
     * organisation.
     */
    private static boolean isAddress(String clause) {
        if (ORGANISATION_NAME.matcher(clause).find()) {
            return false;
        }
        for (String part : clause.split("[,，]")) {
            String[] all = NameNormaliser.normalise(part).split(" ");
            int first = 0;
            while (first < all.length && PLACING_WORDS.contains(all[first])) {
                first++;
            }
            String words = String.join(" ", Arrays.asList(all).subList(first, all.length));
            if (!words.isEmpty() && !Tokens.isNumeric(words.replace(" ", "")) && !PlaceEvidence.isOnlyPlace(words)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The countries of the places in the clauses that hold a distinctive word of the matched name; null when the input
     * is one clause or no clause holds such a word (then the places of the whole input count). A clause that goes on
     * with the name's own conjunction ("… Training | and Research Institute, Helsinki") is the name's, not another's.
     */
    static Set<String> countriesAround(List<String> clauses, String matchedName, Vocabulary vocabulary) {
        if (clauses.size() < 2) {
            return null;
        }
        List<String> ownTails = new ArrayList<>(0);
        Matcher boundary = BOUNDARY.matcher(matchedName);
        while (boundary.find()) {
            ownTails.add(NameNormaliser.normalise(matchedName.substring(boundary.start())));
        }
        Set<String> distinctive = new HashSet<>();
        for (String word : NameNormaliser.normalise(matchedName).split(" ")) {
            String canonical = vocabulary.canonical(word);
            if (vocabulary.weight(canonical) >= Vocabulary.DISTINCTIVE) {
                distinctive.add(canonical);
            }
        }
        Set<String> countries = null;
        boolean named = false;
        for (String clause : clauses) {
            boolean goesOn = ownTails.stream().anyMatch(tail -> clause.startsWith(tail) || tail.startsWith(clause));
            named = (named && goesOn) || holdsAny(clause, distinctive, vocabulary);
            if (named) {
                if (countries == null) {
                    countries = new HashSet<>();
                }
                countries.addAll(PlaceEvidence.countriesIn(clause));
            }
        }
        return countries;
    }

    private static boolean holdsAny(String clause, Set<String> distinctive, Vocabulary vocabulary) {
        for (String word : clause.split(" ")) {
            if (distinctive.contains(vocabulary.canonical(word))) {
                return true;
            }
        }
        return false;
    }
}
