package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese company's branch is registered and written as the company's full name, the province or city it serves and
 * a branch word: 某某有限公司天津分公司, 某某银行股份有限公司北京市分行, 某某有限公司上海分院. The branch is the company's: its name up to
 * and including the legal form is read on its own, and, when written with the plain form 有限公司, also with the form
 * 股份有限公司 a listed company is registered with (a record often shortens the form).
 */
final class HanBranches {

    private static final Pattern BRANCH = Pattern.compile("(股份有限公司|有限责任公司|有限公司|集团公司)\\p{IsHan}{1,8}?(?:分公司|分行|分院|分厂)");

    private static final String PLAIN_FORM = "有限公司";
    private static final String SHARE_FORM = "股份有限公司";

    private HanBranches() {}

    /** The names of the companies whose branches the written input names, as written; empty when it names none. */
    static List<String> companiesOf(String written) {
        List<String> companies = new ArrayList<>(0);
        Matcher matcher = BRANCH.matcher(written);
        while (matcher.find()) {
            int start = matcher.start();
            while (start > 0 && isNamePart(written.charAt(start - 1))) {
                start--;
            }
            String name = written.substring(start, matcher.end(1));
            if (name.length() - matcher.group(1).length() < 2) {
                continue;
            }
            companies.add(name);
            if (matcher.group(1).equals(PLAIN_FORM)) {
                companies.add(name.substring(0, name.length() - PLAIN_FORM.length()) + SHARE_FORM);
            }
        }
        return companies;
    }

    /** A Han character or a bracket, as a registered Chinese name holds (中海石油（中国）有限公司). */
    private static boolean isNamePart(char c) {
        return Scripts.of(c) == Character.UnicodeScript.HAN || "()（）".indexOf(c) >= 0;
    }
}
