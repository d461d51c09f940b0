package org.collabscreen.matching;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * In Chinese, satellite navigation, positioning and denial (卫星导航, 卫星定位, 卫星拒止) name the signal a receiver
 * uses, not a spacecraft: where such a term is found and the text names neither a satellite otherwise nor an orbit (轨:
 * 定轨, 在轨, 低轨), the word 卫星 inside it no longer counts for a category of its own (as the English "satellite
 * navigation" holds no spacecraft term).
 */
final class SatelliteNavigationSignal {

    private static final String SATELLITE = "卫星";
    private static final String ORBIT = "轨";

    /** 卫星 as the first word of a navigation term (Simplified, mainland usage). */
    private static final Pattern SIGNAL = Pattern.compile("卫星(?=导航|定位|拒止)");

    private SatelliteNavigationSignal() {}

    static void resolve(String text, Collection<CategoryEvidence> found) {
        if (found.size() < 2 || !text.contains("星")) {
            return;
        }
        String mainland = RegionalChineseTerms.toMainland(ScriptFolding.fold(text));
        if (!mainland.contains(SATELLITE)
                || mainland.contains(ORBIT)
                || SIGNAL.matcher(mainland).replaceAll("").contains(SATELLITE)) {
            return;
        }
        found.forEach(evidence -> evidence.removeTerms(SATELLITE::equals));
    }
}
