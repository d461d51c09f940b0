package org.collabscreen.matching;

import java.util.HashSet;
import java.util.Set;

/**
 * The numbers that name one unit of a series ("48th Central Research Institute", 中国电子科技集团公司第十四研究所,
 * "No. 59 Institute"): one to three digits, an ordinal's suffix dropped. Postcodes and years are longer and say
 * nothing of which unit it is.
 */
final class UnitNumbers {

    private static final int MAX_DIGITS = 3;
    /** Han numerals by value, 〇 for zero, then the multipliers ten and a hundred. */
    private static final String HAN_DIGITS = "〇一二三四五六七八九十百";

    private UnitNumbers() {}

    /** The unit numbers a normalised text holds; empty when none. */
    static Set<String> of(String normalised) {
        Set<String> numbers = null;
        for (String token : normalised.split(" ")) {
            String number = number(token);
            if (number != null) {
                if (numbers == null) {
                    numbers = new HashSet<>(2);
                }
                numbers.add(number);
            }
        }
        return numbers == null ? Set.of() : numbers;
    }

    /**
     * Whether a listed name numbers another unit than the input does: both name unit numbers and share none ("48 ЦНИИ"
     * is not the 46th).
     */
    static boolean differ(Set<String> input, Set<String> listed) {
        if (input.isEmpty() || listed.isEmpty()) {
            return false;
        }
        for (String number : listed) {
            if (input.contains(number)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a listed name that starts with its unit's number ("48 ЦНИИ МО РФ", "27th Scientific Center …") is matched by
     * an input that names no number: the rest of such a name is shared by every unit of its series.
     */
    static boolean missingFrom(Set<String> input, String normalisedListed) {
        int space = normalisedListed.indexOf(' ');
        return input.isEmpty() && space > 0 && number(normalisedListed.substring(0, space)) != null;
    }

    private static String number(String token) {
        if (token.indexOf('第') >= 0) {
            return hanOrdinal(token);
        }
        int digits = 0;
        while (digits < token.length() && Character.isDigit(token.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > MAX_DIGITS) {
            return null;
        }
        String rest = token.substring(digits);
        boolean ordinal = rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th");
        return rest.isEmpty() || ordinal ? String.valueOf(Integer.parseInt(token.substring(0, digits))) : null;
    }

    /**
     * A Han ordinal that numbers a unit, inside a token ("第六研究所", "中国电子科技集团公司第十四研究所"): 第, a number
     * of one to 999 in Han numerals (with 十 and 百, or digit by digit: 七〇二), then 研究所, 研究院, 所 or 院; null
     * otherwise.
     */
    private static String hanOrdinal(String token) {
        int at = token.indexOf('第');
        int end = at + 1;
        while (end < token.length() && HAN_DIGITS.indexOf(token.charAt(end)) >= 0) {
            end++;
        }
        if (end == at + 1 || end == token.length() || "研所院".indexOf(token.charAt(end)) < 0) {
            return null;
        }
        int value = 0;
        int digit = -1;
        for (int i = at + 1; i < end; i++) {
            char c = token.charAt(i);
            int unit = c == '十' ? 10 : c == '百' ? 100 : 0;
            if (unit == 0) {
                // digit after digit is positional, as CSSC writes 七〇二 and CSGC 五九
                digit = digit < 0 ? HAN_DIGITS.indexOf(c) : digit * 10 + HAN_DIGITS.indexOf(c);
            } else {
                value += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            }
        }
        value += Math.max(digit, 0);
        return value > 0 && value < 1000 ? String.valueOf(value) : null;
    }
}
