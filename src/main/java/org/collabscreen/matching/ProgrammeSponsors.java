package org.collabscreen.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A declared programme's name without the words around it that say who runs it or how the holder came to it: a
 * lead-in ("supported by the", "recruited in 2021 under", "holder of a"), a sponsor before the name ("Ministry of Education", "MIIT's",
 * "Zhejiang Province", or a province's name alone) and a sponsor after it ("… of the Ministry of Education and Science of the Russian Federation",
 * "… del Ministerio de Educación de China", "… of the Chinese Academy of Sciences"). Works on normalised text (lower
 * case, no accents, punctuation as spaces).
 */
final class ProgrammeSponsors {

    /**
     * A verb that says the holder took part, an optional year, and the preposition before the programme; in an
     * acknowledgement, after the work it speaks of and an adverb ("This work was partly supported by the …").
     */
    private static final Pattern LEAD_IN =
            Pattern.compile("^(?:(?:this|the|our) (?:work|research|study|project|paper) )?(?:was |were |is |has been )?"
                    + "(?:(?:partly|partially|jointly|financially|also|in part) )?(?:supported|funded|sponsored|financed|recruited|selected|appointed|awarded|hired"
                    + "|financiado|apoyado|seleccionado|finance|soutenu|selectionne|gefordert|unterstutzt)"
                    + "(?: in \\d{4})? (?:by|under|through|from|via|as|in|into|for|por|del|de|par|du|dans|durch|im)"
                    + "(?: the| la| el| le| les| das| den| dem)? ");

    /** Words that say the declarant holds the programme's title: "holder of a", "titulaire d'une", "Inhaber einer". */
    private static final Pattern HOLDER = Pattern.compile(
            "^(?:(?:the )?holder of(?: a| an| the)?|titulaire (?:d ?une|d ?un|de la|du|de)|titular (?:de una|de un|de la|de)"
                    + "|inhaber(?:in)? (?:einer|eines|der|des)) ");

    /** A ministry or a provincial or municipal government named before the programme. */
    private static final Pattern SPONSOR_BEFORE = Pattern.compile(
            "^(?:(?:the )?ministry of [a-z]+(?: and [a-z]+)?(?: of (?:china|the prc))? |(?:moe|miit|most|miits|safea)s? "
                    + "|[a-z]+ (?:province|provincial government|municipality|municipal government) )");

    /**
     * A sponsor after the programme: a ministry, an academy, a government, a city, a state or a country, introduced by
     * "of" or its equivalents and perhaps its country's adjective ("… of the Russian Ministry of …", "… der Stadt
     * Shanghai"); it runs to the end.
     */
    private static final Pattern SPONSOR_AFTER = Pattern.compile(
            " (?:of|del|de la|de l|du|des|der|von)(?: the| la| el)?(?: russian| chinese| iranian)? (?:ministry|city|stadt"
                    + "|ville|ciudad|ministerio|ministere|ministeriums?"
                    + "|chinese academy|academy|academia|academie|akademie|government|gobierno|gouvernement|regierung"
                    + "|state council|russian federation|people s republic|prc|china|russia)\\b.*$");

    private ProgrammeSponsors() {}

    /** The name without its lead-in and sponsors; null when it has none, or nothing of two words or more is left. */
    static String without(String normalised) {
        String name = stripped(LEAD_IN, stripped(HOLDER, normalised));
        name = stripped(SPONSOR_BEFORE, name);
        int space = name.indexOf(' ');
        if (space > 0 && ChineseProvinces.PINYIN.contains(name.substring(0, space))) {
            name = name.substring(space + 1);
        }
        name = stripped(SPONSOR_AFTER, name);
        return name.equals(normalised) || name.indexOf(' ') < 0 ? null : name;
    }

    private static String stripped(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.replaceFirst("").strip() : text;
    }
}
