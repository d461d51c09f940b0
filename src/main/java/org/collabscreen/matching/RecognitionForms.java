package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CVs and award citations write a programme as the title its holder was recognised with, in a category or a cohort:
 * "Recognised as Peacock Talent (Category C) by Shenzhen Municipality", "selected as a Pujiang Talent, batch 3",
 * 孔雀人才（B类）, 入选第三批珠江人才. Read without the lead-in that says how the holder came to it, without the category,
 * class, tier, batch or cohort, without who recognised it ("by …"), and with a final "talent" (人才), the holder's title,
 * read as the scheme word (孔雀人才 → 孔雀计划).
 */
final class RecognitionForms {

    /** Category, class, tier, batch and cohort markers, in brackets or not ("(Category C)", "B类", "第三批"). */
    private static final Pattern TIER =
            Pattern.compile("(?i)[(（]?\\s*(?:(?<!\\p{L})(?:category|class|tier|grade|level|type"
                    + "|batch|cohort|round|intake)\\s+[a-e1-9ivx]{1,3}(?![\\p{L}\\d])|[a-eａ-ｅ1-9]\\s*(?:类|級|级|档)|第[一二三四五六七八九十百\\d]+(?:批|期|届)"
                    + "|[(（]\\s*[a-e]\\s*[)）])\\s*[)）]?");

    /** The lead-in that says the holder was recognised with the title. */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:was|has been|is) )?(?:recogni[sz]ed|selected|named"
            + "|designated|certified|honou?red|listed|elected|accredited|identified|awarded|granted|admitted|chosen"
            + "|approved)(?: (?:as|into|in|for|under|with))?(?: (?:a|an|the))? ");

    /** Who recognised the holder, to the end: "… by Shenzhen Municipality", "… by the Ministry of Education". */
    private static final Pattern BY = Pattern.compile(" (?:by|from) .*$");

    /** How Chinese says the holder was selected or recognised: 入选, 获评, 被评为, 荣获, 获批, 入围, 被认定为. */
    private static final Pattern HAN_LEAD_IN = Pattern.compile("^(?:被认定为|被评为|认定为|入选|获评|荣获|获批|入围|当选|获得)");

    private RecognitionForms() {}

    /** The readings the input gives read this way, normalised; empty when it writes none of these forms. */
    static List<String> readings(String input) {
        String untiered = TIER.matcher(input).replaceAll(" ");
        boolean tiered = !untiered.equals(input);
        String normalised = NameNormaliser.normalise(untiered);
        List<String> readings = new ArrayList<>(2);
        if (normalised.isEmpty()) {
            return readings;
        }
        String name = Tokens.containsCjk(normalised) ? hanName(normalised) : latinName(normalised);
        if (name == null) {
            return readings;
        }
        if (tiered || !name.equals(NameNormaliser.normalise(input))) {
            readings.add(name);
        }
        String titled = asScheme(name);
        if (titled != null) {
            readings.add(titled);
        }
        return readings;
    }

    private static String latinName(String normalised) {
        String name = LEAD_IN.matcher(normalised).replaceFirst("");
        name = BY.matcher(name).replaceFirst("");
        return name.isBlank() ? null : name.strip();
    }

    private static String hanName(String normalised) {
        String name = TalentProgrammeMatcher.withoutSpacesBetweenHan(normalised);
        name = HAN_LEAD_IN.matcher(name).replaceFirst("");
        return name.isBlank() ? null : name.strip();
    }

    /** The name with its final holder's title "talent" (人才) read as the scheme word; null when it ends otherwise. */
    private static String asScheme(String name) {
        if (Tokens.containsCjk(name)) {
            return name.endsWith("人才") && !name.contains("计划") ? name.substring(0, name.length() - 2) + "计划" : null;
        }
        return name.endsWith(" talent") ? name.substring(0, name.length() - "talent".length()) + "plan" : null;
    }
}
