package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese names inside running text, which no segment holds alone. Chinese news and records write a body before the
 * writer's own ("北邮与我校签订协议", "西電與本校簽訂協議", "…与我所签署…", "…与我公司共建…"): the name is what stands before
 * 与, 和, 與, 同 or 跟 and a word for the writer's own body (我校, 本校, 我所, 我院, 我公司, 贵校…). And a Han run inside text in
 * another script ("Dr. Sun from 北航 invited me", "浙大 ZJUI 海宁国际校区") is a name on its own, as a Latin name between
 * Han runs would be. Each reading is offered for an exact match only.
 */
final class HanNamesBeforeTheirPartners {

    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");

    private static final Pattern BEFORE_PARTNER = Pattern.compile(
            "^(\\p{IsHan}{2,}?)[与和與同跟](?:我校|本校|贵校|貴校|我所|本所|我院|本院|我公司|本公司|我司|我单位|我單位|本单位|本單位" + "|我中心|本中心|我们|我們|我方)");

    private HanNamesBeforeTheirPartners() {}

    /** The names read, normalised; empty when there are none. */
    static List<String> of(String input) {
        List<String> names = new ArrayList<>();
        Matcher run = HAN_RUN.matcher(input);
        while (run.find()) {
            Matcher partner = BEFORE_PARTNER.matcher(run.group());
            if (partner.find()) {
                names.add(NameNormaliser.normalise(partner.group(1)));
            } else if (run.start() > 0 || run.end() < input.length()) {
                names.add(NameNormaliser.normalise(run.group()));
            }
        }
        return names;
    }
}
