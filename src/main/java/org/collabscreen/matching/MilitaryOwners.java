package org.collabscreen.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PLA or CAPF body written with its owner after it ("Widget Academy of the PLA Air Force", "Widget Academy of
 * PLAAF", "Widget University of PLA", "Widget University of People's Armed Police") where the lists put the service
 * first ("Air Force Widget Academy") or write the armed police as CAPF ("Widget University of the CAPF"). The segment is
 * read again in the lists' order: the service before the body's name, the PLA left out, the armed police as "of the
 * capf".
 */
final class MilitaryOwners {

    private static final Pattern OWNED = Pattern.compile("((?:[a-z0-9]+ ){1,4}(?:academy|university|institute|college"
            + "|school)) of (?:the )?(?:chinese )?(pla(?: air force| navy| army| rocket force)?|plaaf|plan"
            + "|(?:chinese )?people ?s armed police(?: force)?)");

    private MilitaryOwners() {}

    /** The segment in the lists' order; null when it does not name a PLA or CAPF owner after a body. */
    static String inListedOrder(String normalised) {
        Matcher matcher = OWNED.matcher(normalised);
        if (!matcher.matches()) {
            return null;
        }
        String body = matcher.group(1);
        String owner = matcher.group(2);
        if (owner.contains("armed police")) {
            return body + " of the capf";
        }
        String service = switch (owner) {
            case "pla air force", "plaaf" -> "air force ";
            case "pla navy", "plan" -> "navy ";
            case "pla army" -> "army ";
            case "pla rocket force" -> "rocket force ";
            default -> "";
        };
        return body.startsWith(service) ? body : service + body;
    }
}
