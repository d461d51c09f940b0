package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A listed company named by its A-share short name written with its six-digit code, as filings, supplier lists and
 * brokers' notes write it (中国卫星 600118, 海康威视(002415)): the pair names the company even where the short name alone
 * is an ordinary phrase. Read from {@code matching/stock-codes.tsv}: short name, code, the listed name it stands for
 * (the group's when the company is not listed itself) and source.
 */
final class StockCodes {

    private static final int CODE_LENGTH = 6;

    private static final Map<String, List<String[]>> BY_CODE = load();

    private StockCodes() {}

    /** The normalised listed names a normalised text names by a short name and its code; empty when none. */
    static List<String> listedNamesIn(String normalised) {
        List<String> named = List.of();
        int i = 0;
        while (i < normalised.length()) {
            if (!isAsciiDigit(normalised.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < normalised.length() && isAsciiDigit(normalised.charAt(end))) {
                end++;
            }
            List<String[]> companies = end - i == CODE_LENGTH ? BY_CODE.get(normalised.substring(i, end)) : null;
            if (companies != null) {
                for (String[] company : companies) {
                    if (normalised.contains(company[0])) {
                        named = named.isEmpty() ? new ArrayList<>(1) : named;
                        named.add(company[1]);
                    }
                }
            }
            i = end;
        }
        return named;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Map<String, List<String[]>> load() {
        Map<String, List<String[]>> byCode = new HashMap<>();
        for (String[] columns : TsvResource.rows(
                "/matching/stock-codes.tsv", 4, "a short name, its code, a listed name and a source")) {
            byCode.computeIfAbsent(columns[1].strip(), code -> new ArrayList<>(1))
                    .add(new String[] {NameNormaliser.normalise(columns[0]), NameNormaliser.normalise(columns[2])});
        }
        byCode.replaceAll((code, companies) -> List.copyOf(companies));
        return Map.copyOf(byCode);
    }
}
