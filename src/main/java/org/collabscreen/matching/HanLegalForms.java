package org.collabscreen.matching;

import java.util.List;

/**
 * A listed body is registered, and written, with a Chinese legal form after the name the lists give it: 华为有限公司,
 * an institute's company 中国航空工业集团公司第六〇一研究所有限公司. The name before the form is looked up on its own, as an
 * exact name only, so the most specific listed body named ranks above a group whose name its own begins with.
 */
final class HanLegalForms {

    private static final List<String> FORMS = List.of("股份有限公司", "有限责任公司", "有限公司");

    private HanLegalForms() {}

    /** The normalised segment without the Chinese legal form ending it, when Han characters precede it; else null. */
    static String namedBefore(String normalised) {
        for (String form : FORMS) {
            int end = normalised.length() - form.length();
            if (normalised.endsWith(form) && end >= 2 && Tokens.containsCjk(normalised.substring(end - 2, end))) {
                return normalised.substring(0, end);
            }
        }
        return null;
    }
}
