package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a name as Web of Science and journal affiliation lines print it: every word abbreviated by Clarivate's list of
 * address abbreviations (ISO 4's List of Title Word Abbreviations for most), "of", "the", "for" and "at" left out, "and"
 * written "&", the initials of a person a name honours left out and "named after X" written "X" first, the Russian
 * Academy's branches as "SB RAS", "FEB RAS", "UB RAS", and a dash between an academy and its unit as a comma.
 */
final class ClarivateStyle {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("university", "Univ"),
            Map.entry("universities", "Univ"),
            Map.entry("institute", "Inst"),
            Map.entry("institutes", "Inst"),
            Map.entry("institution", "Inst"),
            Map.entry("technology", "Technol"),
            Map.entry("technologies", "Technol"),
            Map.entry("technological", "Technol"),
            Map.entry("technical", "Tech"),
            Map.entry("science", "Sci"),
            Map.entry("sciences", "Sci"),
            Map.entry("scientific", "Sci"),
            Map.entry("national", "Natl"),
            Map.entry("research", "Res"),
            Map.entry("center", "Ctr"),
            Map.entry("centre", "Ctr"),
            Map.entry("academy", "Acad"),
            Map.entry("chemistry", "Chem"),
            Map.entry("chemical", "Chem"),
            Map.entry("physics", "Phys"),
            Map.entry("physical", "Phys"),
            Map.entry("engineering", "Engn"),
            Map.entry("information", "Informat"),
            Map.entry("defense", "Def"),
            Map.entry("defence", "Def"),
            Map.entry("military", "Mil"),
            Map.entry("medical", "Med"),
            Map.entry("medicine", "Med"),
            Map.entry("biology", "Biol"),
            Map.entry("biological", "Biol"),
            Map.entry("bioorganic", "Bioorgan"),
            Map.entry("transmission", "Transmiss"),
            Map.entry("problems", "Probl"),
            Map.entry("federal", "Fed"),
            Map.entry("school", "Sch"),
            Map.entry("economics", "Econ"),
            Map.entry("aeronautics", "Aeronaut"),
            Map.entry("aeronautical", "Aeronaut"),
            Map.entry("astronautics", "Astronaut"),
            Map.entry("electronic", "Elect"),
            Map.entry("electronics", "Elect"),
            Map.entry("electrical", "Elect"),
            Map.entry("mechanical", "Mech"),
            Map.entry("mechanics", "Mech"),
            Map.entry("materials", "Mat"),
            Map.entry("environmental", "Environm"),
            Map.entry("geosciences", "Geosci"),
            Map.entry("laboratory", "Lab"),
            Map.entry("college", "Coll"),
            Map.entry("department", "Dept"),
            Map.entry("ministry", "Minist"),
            Map.entry("corporation", "Corp"),
            Map.entry("group", "Grp"),
            Map.entry("company", "Co"),
            Map.entry("limited", "Ltd"),
            Map.entry("applied", "Appl"),
            Map.entry("mathematics", "Math"),
            Map.entry("computational", "Computat"),
            Map.entry("computing", "Comp"),
            Map.entry("computer", "Comp"),
            Map.entry("communication", "Commun"),
            Map.entry("communications", "Commun"),
            Map.entry("telecommunications", "Telecommun"),
            Map.entry("automation", "Automat"),
            Map.entry("aerospace", "Aerosp"),
            Map.entry("aviation", "Aviat"),
            Map.entry("nuclear", "Nucl"),
            Map.entry("radiation", "Radiat"),
            Map.entry("optics", "Opt"),
            Map.entry("optical", "Opt"),
            Map.entry("international", "Int"),
            Map.entry("hospital", "Hosp"),
            Map.entry("systems", "Syst"),
            Map.entry("system", "Syst"),
            Map.entry("advanced", "Adv"),
            Map.entry("polytechnic", "Polytech"),
            Map.entry("polytechnical", "Polytech"),
            Map.entry("central", "Cent"),
            Map.entry("industry", "Ind"),
            Map.entry("industries", "Ind"),
            Map.entry("industrial", "Ind"),
            Map.entry("development", "Dev"),
            Map.entry("manufacturing", "Mfg"),
            Map.entry("microelectronics", "Microelect"),
            Map.entry("semiconductor", "Semicond"),
            Map.entry("semiconductors", "Semicond"),
            Map.entry("molecular", "Mol"),
            Map.entry("analysis", "Anal"),
            Map.entry("logistics", "Logist"),
            Map.entry("strategic", "Strateg"),
            Map.entry("security", "Secur"),
            Map.entry("quantum", "Quantum"),
            Map.entry("navigation", "Nav"),
            Map.entry("naval", "Naval"),
            Map.entry("transportation", "Transportat"),
            Map.entry("construction", "Construct"),
            Map.entry("precision", "Precis"),
            Map.entry("instrument", "Instrument"),
            Map.entry("measurements", "Measurements"),
            Map.entry("acoustics", "Acoust"),
            Map.entry("mining", "Min"),
            Map.entry("petroleum", "Petr"),
            Map.entry("hygiene", "Hyg"),
            Map.entry("microbiology", "Microbiol"),
            Map.entry("epidemiology", "Epidemiol"),
            Map.entry("toxicology", "Toxicol"),
            Map.entry("pharmacology", "Pharmacol"),
            Map.entry("bioengineering", "Bioengn"),
            Map.entry("virology", "Virol"),
            Map.entry("astronomical", "Astron"),
            Map.entry("forensic", "Forens"),
            Map.entry("criminal", "Criminal"),
            Map.entry("investigation", "Invest"),
            Map.entry("public", "Publ"),
            Map.entry("normal", "Normal"),
            Map.entry("marine", "Marine"),
            Map.entry("aircraft", "Aircraft"),
            Map.entry("design", "Design"),
            Map.entry("manufacture", "Mfg"),
            Map.entry("service", "Serv"),
            Map.entry("services", "Serv"),
            Map.entry("experimental", "Expt"),
            Map.entry("multiscale", "Multiscale"),
            Map.entry("excellence", "Excellence"),
            Map.entry("utilization", "Utilizat"),
            Map.entry("microsystem", "Microsyst"),
            Map.entry("fluid", "Fluid"),
            Map.entry("energy", "Energy"),
            Map.entry("pressure", "Pressure"),
            Map.entry("relations", "Relat"),
            Map.entry("geological", "Geol"),
            Map.entry("geology", "Geol"),
            Map.entry("cell", "Cell"),
            Map.entry("testing", "Testing"),
            Map.entry("radio", "Radio"),
            Map.entry("motor", "Motor"),
            Map.entry("state", "State"),
            Map.entry("budgetary", "Budgetary"),
            Map.entry("educational", "Educ"),
            Map.entry("education", "Educ"),
            Map.entry("higher", "Higher"),
            Map.entry("organization", "Org"),
            Map.entry("professional", "Profess"),
            Map.entry("association", "Assoc"),
            Map.entry("processing", "Proc"),
            Map.entry("enterprise", "Enterprise"),
            Map.entry("scientific-research", "Sci Res"),
            Map.entry("radio-engineering", "Radio Engn"),
            Map.entry("transfusion", "Transfus"));

    private static final Map<String, String> BRANCHES = Map.of(
            "Siberian Branch of the Russian Academy of Sciences", "SB RAS",
            "Siberian Branch of the RAS", "SB RAS",
            "Far East Branch, Russian Academy of Sciences", "FEB RAS",
            "Ural Branch of the Russian Academy of Sciences", "UB RAS");

    private static final Set<String> LEFT_OUT = Set.of("of", "the", "for", "at", "in");

    private static final Pattern NAMED_AFTER = Pattern.compile("(.*?),? named after (?:Academicians? )?"
            + "((?:\\p{Lu}\\p{Ll}?\\.\\s?)+)?([\\p{Lu}][\\p{L}-]+)"
            + "(?: and (?:\\p{Lu}\\p{Ll}?\\.\\s?)+([\\p{Lu}][\\p{L}-]+))?(?:, the .*)?(.*)");
    private static final Pattern LEGAL_FORM = Pattern.compile("Federal State Budgetary Institution of Science ");
    private static final Pattern INITIALS = Pattern.compile("\\b(?:\\p{Lu}\\.\\s?)+(?=\\p{Lu}\\p{Ll})");
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^)]*)\\)");

    private ClarivateStyle() {}

    /** The name in Clarivate's style. */
    static String abbreviated(String name) {
        String text = name.replace('’', '\'').replaceAll("[“”\"]", "");
        for (Map.Entry<String, String> branch : BRANCHES.entrySet()) {
            text = text.replace(branch.getKey(), branch.getValue());
        }
        Matcher namedAfter = NAMED_AFTER.matcher(text);
        if (namedAfter.matches()) {
            String second = namedAfter.group(4) == null ? "" : " & " + namedAfter.group(4);
            Matcher form = LEGAL_FORM.matcher(namedAfter.group(1));
            String prefix = form.lookingAt() ? form.group() : "";
            text = prefix + namedAfter.group(3) + second + " "
                    + namedAfter.group(1).substring(prefix.length()) + namedAfter.group(5);
        }
        text = INITIALS.matcher(text).replaceAll("");
        String named = text;
        text = PARENTHESIS
                .matcher(text)
                .replaceAll(
                        match -> isAcronymOf(match.group(1), named.substring(0, match.start())) ? "" : match.group(1));
        text = text.replace(" – ", ", ").replace(" - ", ", ");
        List<String> segments = new ArrayList<>();
        for (String segment : text.split(",")) {
            String written = words(segment.trim());
            if (!written.isEmpty()) {
                segments.add(written);
            }
        }
        return String.join(", ", segments);
    }

    private static String words(String segment) {
        List<String> out = new ArrayList<>();
        for (String word : segment.split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
            if (lower.isEmpty() || LEFT_OUT.contains(lower)) {
                continue;
            }
            if (lower.equals("and")) {
                out.add("&");
                continue;
            }
            String abbreviation = WORDS.get(lower);
            out.add(abbreviation != null ? abbreviation : word.replaceAll("[.,]+$", ""));
        }
        return String.join(" ", out);
    }

    /** Whether the text in brackets is the initials of the capitalised words before it ("… Academy of Sciences (CAS)"). */
    private static boolean isAcronymOf(String text, String before) {
        StringBuilder initials = new StringBuilder();
        for (String word : before.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().endsWith(text);
    }
}
